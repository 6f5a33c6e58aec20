import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApiValidator } from './openapi.js';

/**
 * A stand-in for api.github.com on 127.0.0.1, for the bundled action: it implements the REST and GraphQL
 * calls the action makes, keeps state between runs, refuses requests that do not match GitHub's OpenAPI
 * description, refuses review comments outside the diff as GitHub does (422), and injects faults on demand.
 */

export const OWNER = 'octo-org';
export const REPO = 'gitops';
export const FULL_NAME = `${OWNER}/${REPO}`;
const WEB = 'https://github.test';

export interface TokenIdentity {
  /** The REST login (`github-actions[bot]`); GraphQL's viewer drops the `[bot]` suffix, as GitHub does. */
  login: string;
  readOnly?: boolean;
}

export interface Fault {
  method?: string;
  /** Matched against the request path (REST) or the query text (GraphQL). */
  path?: RegExp;
  graphql?: RegExp;
  /** Only when the JSON body passes this test. */
  when?: (body: unknown) => boolean;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  /** Carry the request out, then answer with the fault (GitHub sometimes does so on 502). */
  afterProcessing?: boolean;
  /** How many matching requests fail; Infinity for all. */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  operation?: string;
  body: unknown;
  rawBody: string;
  status: number;
  authorization: string;
}

interface HunkRange {
  newStart: number;
  newLines: number;
}

interface DiffFile {
  path: string;
  deleted: boolean;
  hunks: HunkRange[];
}

interface User {
  login: string;
  id: number;
  node_id: string;
  type: 'Bot' | 'User';
}

export interface StoredIssueComment {
  id: number;
  node_id: string;
  body: string;
  user: User;
  created_at: string;
  updated_at: string;
  html_url: string;
  /** Times the body was changed after creation. */
  edits: number;
}

export interface StoredReviewComment {
  id: number;
  node_id: string;
  pull_request_review_id: number;
  body: string;
  path: string;
  line: number | null;
  original_line: number;
  start_line: number | null;
  side: 'LEFT' | 'RIGHT';
  commit_id: string;
  original_commit_id: string;
  user: User;
  in_reply_to_id?: number;
  minimized?: string;
}

export interface StoredReview {
  id: number;
  node_id: string;
  body: string;
  user: User;
  commit_id: string;
  state: string;
  comments: number;
}

interface PullRequest {
  number: number;
  repoDir: string;
  base: string;
  head: string;
  headRepo: string | null;
  files: Map<string, DiffFile>;
  issueComments: StoredIssueComment[];
  reviewComments: StoredReviewComment[];
  reviews: StoredReview[];
}

/** Files of a repository at its refs, for the contents API. */
interface ContentRepo {
  refs: Map<string, Map<string, Buffer>>;
  defaultRef: string;
  /** Readable without a token, as a public repository is on GitHub. */
  public: boolean;
}

/** GitHub returns files above 1 MB without their content in JSON: ask again for the raw media type. */
const CONTENT_JSON_LIMIT = 1024 * 1024;

let sharedValidator: OpenApiValidator | undefined;

export class GitHubServer {
  readonly requests: LoggedRequest[] = [];
  /** Requests that GitHub's description or GitHub's rules refuse: a test fails if any appear unexpectedly. */
  readonly violations: string[] = [];
  private readonly validator = (sharedValidator ??= new OpenApiValidator());
  private readonly tokens = new Map<string, TokenIdentity>();
  private readonly pulls = new Map<number, PullRequest>();
  private readonly contentRepos = new Map<string, ContentRepo>();
  private faults: (Fault & { remaining: number })[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.violations.push(`server error: ${String(error)}`);
        send(res, 500, { message: 'Server Error' });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections(); // keep-alive sockets of the clients would hold the worker open
    await closed;
  }

  addToken(token: string, identity: TokenIdentity): void {
    this.tokens.set(token, identity);
  }

  /** A pull request whose diff is `git diff base...head` in `repoDir`, as GitHub shows it. */
  addPullRequest(pr: {
    number: number;
    repoDir: string;
    base: string;
    head: string;
    headRepo?: string | null;
  }) {
    this.pulls.set(pr.number, {
      number: pr.number,
      repoDir: pr.repoDir,
      base: pr.base,
      head: pr.head,
      headRepo: pr.headRepo === undefined ? FULL_NAME : pr.headRepo,
      files: diffFiles(pr.repoDir, pr.base, pr.head),
      issueComments: [],
      reviewComments: [],
      reviews: [],
    });
  }

  /** A push to the pull request: comments on lines that changed become outdated (line null), as on GitHub. */
  pushHead(number: number, head: string): void {
    const pr = this.pull(number);
    const files = diffFiles(pr.repoDir, pr.base, head);
    for (const comment of pr.reviewComments) {
      if (comment.line === null) continue;
      const before = fileLine(pr.repoDir, comment.commit_id, comment.path, comment.line);
      const after = fileLine(pr.repoDir, head, comment.path, comment.line);
      const file = files.get(comment.path);
      const inDiff = file !== undefined && !file.deleted && inHunks(file.hunks, comment.line);
      if (before !== after || !inDiff) comment.line = null;
      else comment.commit_id = head;
    }
    pr.head = head;
    pr.files = files;
  }

  /**
   * A repository's files at a ref (`owner/repo`, any repository), served by `GET /repos/{owner}/{repo}/contents/{path}`.
   * The first ref added is the default branch.
   */
  addContents(
    fullName: string,
    ref: string,
    files: Record<string, string | Buffer>,
    options: { public?: boolean } = {},
  ): void {
    const repo = this.contentRepos.get(fullName) ?? {
      refs: new Map<string, Map<string, Buffer>>(),
      defaultRef: ref,
      public: options.public ?? false,
    };
    repo.refs.set(ref, new Map(Object.entries(files).map(([path, content]) => [path, Buffer.from(content)])));
    this.contentRepos.set(fullName, repo);
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1 });
  }

  clearFaults(): void {
    this.faults = [];
  }

  issueComments(number: number): StoredIssueComment[] {
    return this.pull(number).issueComments;
  }

  reviewComments(number: number): StoredReviewComment[] {
    return this.pull(number).reviewComments;
  }

  reviews(number: number): StoredReview[] {
    return this.pull(number).reviews;
  }

  /** A comment by someone else, e.g. a human quoting the bot's marker. */
  seedIssueComment(number: number, login: string, body: string): StoredIssueComment {
    const comment = this.newIssueComment(number, userFor(login), body);
    this.pull(number).issueComments.push(comment);
    return comment;
  }

  seedReviewComment(number: number, login: string, path: string, line: number, body: string) {
    const pr = this.pull(number);
    const comment = this.newReviewComment(pr, userFor(login), 0, { path, line, body, side: 'RIGHT' });
    pr.reviewComments.push(comment);
    return comment;
  }

  /** Write requests (anything but GET and GraphQL queries) since `from`. */
  writes(from = 0): LoggedRequest[] {
    return this.requests.slice(from).filter((request) => {
      if (request.method === 'GET') return false;
      if (request.path === '/graphql') return /^\s*mutation/.test(graphqlQuery(request.body));
      return true;
    });
  }

  private pull(number: number): PullRequest {
    const pr = this.pulls.get(number);
    if (!pr) throw new Error(`no pull request #${number}`);
    return pr;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const rawBody = await readBody(req);
    let body: unknown;
    const log: LoggedRequest = {
      method,
      path: url.pathname + url.search,
      body: undefined,
      rawBody,
      status: 0,
      authorization: req.headers.authorization ?? '',
    };
    this.requests.push(log);
    const reply = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      log.status = status;
      send(res, status, data, headers);
    };
    const refuse = (status: number, reason: string, data: unknown) => {
      this.violations.push(`${method} ${url.pathname}: ${reason}`);
      reply(status, data);
    };

    if (rawBody !== '') {
      try {
        body = JSON.parse(rawBody);
      } catch {
        return refuse(400, 'body is not JSON', { message: 'Problems parsing JSON' });
      }
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refuse(415, 'body without a JSON content type', { message: 'Unsupported Media Type' });
      }
    }
    log.body = body;

    const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const identity = token === undefined ? undefined : this.tokens.get(token);
    // Public repositories are readable without a token; a wrong token is refused all the same.
    const anonymous = token === undefined && method === 'GET' && this.publicContents(url.pathname);
    if (!identity && !anonymous) {
      return reply(401, { message: token === undefined ? 'Requires authentication' : 'Bad credentials' });
    }

    if (url.pathname === '/graphql' && method === 'POST') {
      if (!identity) return reply(401, { message: 'Requires authentication' });
      return this.graphql(body, identity, log, reply, refuse);
    }

    const checked = this.validator.validate(method, validationPath(url.pathname), url.searchParams, body);
    if (!checked.ok)
      return refuse(400, checked.error, { message: `Not valid for GitHub's API: ${checked.error}` });
    log.operation = checked.operation.operationId;

    const fault = this.takeFault(method, url.pathname, body);
    if (fault && !fault.afterProcessing) return reply(fault.status, faultBody(fault), fault.headers);
    if (method !== 'GET' && identity?.readOnly) {
      return reply(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      });
    }
    const { params } = checked.operation;
    if (checked.operation.operationId === 'repos/get-content') {
      const [status, data, headers] = this.getContent(params, url, String(req.headers.accept ?? ''));
      log.status = status;
      if (Buffer.isBuffer(data)) {
        res.writeHead(status, { 'x-github-request-id': 'TEST', ...headers });
        res.end(data);
      } else {
        send(res, status, data, headers);
      }
      return;
    }
    if (!identity) return reply(401, { message: 'Requires authentication' });
    if (params.owner !== OWNER || params.repo !== REPO) return reply(404, { message: 'Not Found' });

    const [status, data, headers] = this.rest(checked.operation.operationId, params, url, body, identity);
    if (fault?.afterProcessing) return reply(fault.status, faultBody(fault), fault.headers);
    if (status >= 400 && status !== 404)
      this.violations.push(`${method} ${url.pathname}: ${status} ${JSON.stringify(data)}`);
    reply(status, data, headers);
  }

  private publicContents(pathname: string): boolean {
    const match = /^\/repos\/([^/]+)\/([^/]+)\/contents(?:\/|$)/.exec(pathname);
    return match !== null && this.contentRepos.get(`${match[1]}/${match[2]}`)?.public === true;
  }

  /**
   * `GET /repos/{owner}/{repo}/contents/{path}?ref=` as GitHub answers it: a file as JSON with base64 content
   * (without content above 1 MB), or its raw bytes for `application/vnd.github.raw+json`; a directory as the
   * list of its entries; 404 for an unknown repository, ref or path.
   */
  private getContent(
    params: Record<string, string>,
    url: URL,
    accept: string,
  ): [number, unknown, Record<string, string>?] {
    const notFound: [number, unknown] = [
      404,
      {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
        status: '404',
      },
    ];
    const fullName = `${params.owner}/${params.repo}`;
    const repo = this.contentRepos.get(fullName);
    if (!repo) return notFound;
    const ref = url.searchParams.get('ref') ?? repo.defaultRef;
    const files = repo.refs.get(ref);
    if (!files) {
      return [
        404,
        {
          message: `No commit found for the ref ${ref}`,
          documentation_url: 'https://docs.github.com/rest/repos/contents',
          status: '404',
        },
      ];
    }
    const path = (params.path ?? '').replace(/\/+$/, '');
    const api = `${this.url}/repos/${fullName}/contents`;
    const links = (itemPath: string, type: 'file' | 'dir', sha: string) => {
      const self = `${api}/${itemPath}?ref=${encodeURIComponent(ref)}`;
      const html = `${WEB}/${fullName}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${itemPath}`;
      const git = `${this.url}/repos/${fullName}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
      return {
        url: self,
        html_url: html,
        git_url: git,
        download_url:
          type === 'file' ? `https://raw.githubusercontent.test/${fullName}/${ref}/${itemPath}` : null,
        _links: { self, git, html },
      };
    };
    const file = files.get(path);
    if (file) {
      if (/application\/vnd\.github\.raw/.test(accept)) {
        return [200, file, { 'content-type': 'application/vnd.github.raw; charset=utf-8' }];
      }
      const sha = blobSha(file);
      const large = file.length > CONTENT_JSON_LIMIT;
      return [
        200,
        {
          type: 'file',
          encoding: large ? 'none' : 'base64',
          size: file.length,
          name: path.slice(path.lastIndexOf('/') + 1),
          path,
          content: large ? '' : (file.toString('base64').match(/.{1,60}/g) ?? []).join('\n'),
          sha,
          ...links(path, 'file', sha),
        },
      ];
    }
    const prefix = path === '' ? '' : `${path}/`;
    const entries = new Map<string, { type: 'file' | 'dir'; size: number; sha: string }>();
    for (const [filePath, content] of files) {
      if (!filePath.startsWith(prefix)) continue;
      const rest = filePath.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash === -1 ? rest : rest.slice(0, slash);
      if (slash === -1) entries.set(name, { type: 'file', size: content.length, sha: blobSha(content) });
      else if (!entries.has(name))
        entries.set(name, { type: 'dir', size: 0, sha: blobSha(Buffer.from(name)) });
    }
    if (entries.size === 0) return notFound;
    return [
      200,
      [...entries]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, entry]) => ({
          type: entry.type,
          size: entry.size,
          name,
          path: `${prefix}${name}`,
          sha: entry.sha,
          ...links(`${prefix}${name}`, entry.type, entry.sha),
        })),
    ];
  }

  private takeFault(method: string, path: string, body: unknown, query?: string): Fault | undefined {
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (f.method === undefined || f.method === method) &&
        (f.path === undefined || f.path.test(path)) &&
        (f.graphql === undefined || (query !== undefined && f.graphql.test(query))) &&
        (f.when === undefined || f.when(body)),
    );
    if (fault) fault.remaining--;
    return fault;
  }

  private rest(
    operationId: string,
    params: Record<string, string>,
    url: URL,
    body: unknown,
    identity: TokenIdentity,
  ): [number, unknown, Record<string, string>?] {
    const user = userFor(identity.login);
    const number = Number(params.pull_number ?? params.issue_number);
    const pr = Number.isFinite(number) ? this.pulls.get(number) : undefined;
    const input = (body ?? {}) as Record<string, unknown>;
    switch (operationId) {
      case 'pulls/get':
        if (!pr) return [404, { message: 'Not Found' }];
        return [200, this.pullJson(pr)];
      case 'issues/list-comments':
        if (!pr) return [404, { message: 'Not Found' }];
        return this.page(pr.issueComments.map(issueCommentJson), url);
      case 'issues/create-comment': {
        if (!pr) return [404, { message: 'Not Found' }];
        const text = String(input.body);
        if (text.length > 65536) return [422, tooLong('IssueComment')];
        const comment = this.newIssueComment(number, user, text);
        pr.issueComments.push(comment);
        return [201, issueCommentJson(comment)];
      }
      case 'issues/update-comment': {
        const comment = this.findIssueComment(Number(params.comment_id));
        if (!comment) return [404, { message: 'Not Found' }];
        if (comment.user.login !== user.login)
          return [403, { message: 'Must have admin rights to Repository.' }];
        const text = String(input.body);
        if (text.length > 65536) return [422, tooLong('IssueComment')];
        comment.body = text;
        comment.edits++;
        comment.updated_at = new Date().toISOString();
        return [200, issueCommentJson(comment)];
      }
      case 'issues/delete-comment': {
        for (const candidate of this.pulls.values()) {
          const index = candidate.issueComments.findIndex((c) => c.id === Number(params.comment_id));
          if (index >= 0) {
            if (candidate.issueComments[index]!.user.login !== user.login)
              return [403, { message: 'Forbidden' }];
            candidate.issueComments.splice(index, 1);
            return [204, undefined];
          }
        }
        return [404, { message: 'Not Found' }];
      }
      case 'pulls/list-review-comments':
        if (!pr) return [404, { message: 'Not Found' }];
        return this.page(
          pr.reviewComments.map((c) => reviewCommentJson(c, number)),
          url,
        );
      case 'pulls/create-review':
        if (!pr) return [404, { message: 'Not Found' }];
        return this.createReview(pr, input, user);
      default:
        this.violations.push(`operation ${operationId} is valid but not implemented by the test server`);
        return [501, { message: `not implemented: ${operationId}` }];
    }
  }

  /** GitHub's rules for a review: all comments on diff lines, or nothing is created. */
  private createReview(pr: PullRequest, input: Record<string, unknown>, user: User): [number, unknown] {
    const commit = input.commit_id === undefined ? pr.head : String(input.commit_id);
    if (!isCommit(pr.repoDir, commit)) {
      return [422, { message: 'Unprocessable Entity', errors: ['No commit found for SHA: ' + commit] }];
    }
    const event = input.event === undefined ? 'PENDING' : String(input.event);
    const reviewBody = typeof input.body === 'string' ? input.body : '';
    if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && reviewBody === '') {
      return [422, { message: 'Unprocessable Entity', errors: ['Body is required for this event'] }];
    }
    const drafts = (Array.isArray(input.comments) ? input.comments : []) as Record<string, unknown>[];
    for (const draft of drafts) {
      const error = this.commentError(pr, draft);
      if (error) return [422, { message: 'Unprocessable Entity', errors: [error] }];
    }
    const review: StoredReview = {
      id: this.nextId++,
      node_id: `PRR_${this.nextId}`,
      body: reviewBody,
      user,
      commit_id: commit,
      state: event === 'COMMENT' ? 'COMMENTED' : event === 'PENDING' ? 'PENDING' : event,
      comments: drafts.length,
    };
    pr.reviews.push(review);
    for (const draft of drafts) {
      pr.reviewComments.push(
        this.newReviewComment(pr, user, review.id, {
          path: String(draft.path),
          line: Number(draft.line),
          body: String(draft.body),
          side: 'RIGHT',
          ...(draft.start_line !== undefined && { startLine: Number(draft.start_line) }),
        }),
      );
    }
    return [
      200,
      { ...review, html_url: `${WEB}/${FULL_NAME}/pull/${pr.number}#pullrequestreview-${review.id}` },
    ];
  }

  private commentError(pr: PullRequest, draft: Record<string, unknown>): string | undefined {
    if (draft.position !== undefined) return 'position is closing down: use line';
    const body = String(draft.body ?? '');
    if (body.length > 65536) return 'Body is too long (maximum is 65536 characters)';
    const file = pr.files.get(String(draft.path));
    if (!file) return 'Path could not be resolved';
    const side = draft.side ?? 'RIGHT';
    if (side !== 'RIGHT' && side !== 'LEFT') return `side must be LEFT or RIGHT, got ${String(side)}`;
    if (side === 'LEFT') return 'the test server only checks RIGHT-side comments';
    if (typeof draft.line !== 'number') return 'line is required';
    const hunk = file.deleted ? undefined : hunkOf(file.hunks, draft.line);
    if (!hunk) return 'Pull request review thread line must be part of the diff';
    if (draft.start_line !== undefined) {
      if (typeof draft.start_line !== 'number') return 'start_line must be a number';
      if (draft.start_line >= draft.line)
        return 'Pull request review thread start line must precede the end line';
      if (hunkOf(file.hunks, draft.start_line) !== hunk) {
        return 'Pull request review thread start line must be part of the same hunk as the line';
      }
      if (draft.start_side !== undefined && draft.start_side !== 'RIGHT' && draft.start_side !== 'LEFT') {
        return 'start_side must be LEFT or RIGHT';
      }
    }
    return undefined;
  }

  private graphql(
    body: unknown,
    identity: TokenIdentity,
    log: LoggedRequest,
    reply: (status: number, data?: unknown, headers?: Record<string, string>) => void,
    refuse: (status: number, reason: string, data: unknown) => void,
  ): void {
    const request = (body ?? {}) as { query?: unknown; variables?: unknown };
    if (typeof request.query !== 'string')
      return refuse(400, 'GraphQL body without a query', { message: 'bad' });
    const allowed = new Set(['query', 'variables', 'operationName']);
    const extra = Object.keys(request).filter((key) => !allowed.has(key));
    if (extra.length > 0) return refuse(400, `GraphQL body with ${extra.join(', ')}`, { message: 'bad' });
    const query = request.query.replace(/\s+/g, ' ').trim();
    const variables = (request.variables ?? {}) as Record<string, unknown>;
    log.operation = 'graphql';

    const fault = this.takeFault('POST', '/graphql', body, query);
    if (fault) return reply(fault.status, faultBody(fault), fault.headers);
    const error = (message: string, type?: string) => {
      this.violations.push(`graphql: ${message}`);
      reply(200, { data: null, errors: [{ message, ...(type && { type }) }] });
    };

    if (query === 'query { viewer { login } }') {
      return reply(200, { data: { viewer: { login: identity.login.replace(/\[bot\]$/, '') } } });
    }
    if (
      query ===
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on PullRequestReviewComment { id isMinimized } } }'
    ) {
      const ids = variables.ids;
      if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string'))
        return error('ids must be [ID!]!');
      if (ids.length > 100) return error('nodes takes at most 100 ids');
      const nodes = ids.map((id) => {
        const comment = this.findReviewCommentByNode(id);
        return comment ? { id, isMinimized: comment.minimized !== undefined } : null;
      });
      return reply(200, { data: { nodes } });
    }
    if (
      query ===
      'mutation($id: ID!, $classifier: ReportedContentClassifiers!) { minimizeComment(input: {subjectId: $id, classifier: $classifier}) { minimizedComment { isMinimized } } }'
    ) {
      const { id, classifier } = variables;
      const classifiers = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'OUTDATED', 'DUPLICATE', 'RESOLVED'];
      if (typeof id !== 'string') return error('id must be an ID');
      if (typeof classifier !== 'string' || !classifiers.includes(classifier)) {
        return error(`classifier must be one of ${classifiers.join(', ')}`);
      }
      if (identity.readOnly) {
        return reply(200, {
          data: { minimizeComment: null },
          errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
        });
      }
      const comment = this.findReviewCommentByNode(id) ?? this.findIssueCommentByNode(id);
      if (!comment) return error(`Could not resolve to a node with the global id of '${id}'`, 'NOT_FOUND');
      if (comment.user.login !== identity.login)
        return error('Viewer cannot minimize this comment', 'FORBIDDEN');
      if ('path' in comment) comment.minimized = classifier;
      return reply(200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } });
    }
    return error(`the test server does not know this query: ${query.slice(0, 200)}`);
  }

  private page(items: unknown[], url: URL): [number, unknown, Record<string, string>] {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return [200, slice, headers];
  }

  private pullJson(pr: PullRequest) {
    const repo = (fullName: string) => ({
      id: 1,
      name: fullName.split('/')[1],
      full_name: fullName,
      owner: userFor(fullName.split('/')[0] ?? ''),
      fork: fullName !== FULL_NAME,
    });
    return {
      id: pr.number * 10,
      node_id: `PR_${pr.number}`,
      number: pr.number,
      state: 'open',
      title: 'Change manifests',
      html_url: `${WEB}/${FULL_NAME}/pull/${pr.number}`,
      user: userFor('octocat'),
      head: { sha: pr.head, ref: 'feature', repo: pr.headRepo === null ? null : repo(pr.headRepo) },
      base: { sha: pr.base, ref: 'main', repo: repo(FULL_NAME) },
    };
  }

  private newIssueComment(number: number, user: User, body: string): StoredIssueComment {
    const id = this.nextId++;
    const now = new Date().toISOString();
    return {
      id,
      node_id: `IC_${id}`,
      body,
      user,
      created_at: now,
      updated_at: now,
      html_url: `${WEB}/${FULL_NAME}/pull/${number}#issuecomment-${id}`,
      edits: 0,
    };
  }

  private newReviewComment(
    pr: PullRequest,
    user: User,
    reviewId: number,
    draft: { path: string; line: number; body: string; side: 'RIGHT'; startLine?: number },
  ): StoredReviewComment {
    const id = this.nextId++;
    return {
      id,
      node_id: `PRRC_${id}`,
      pull_request_review_id: reviewId,
      body: draft.body,
      path: draft.path,
      line: draft.line,
      original_line: draft.line,
      start_line: draft.startLine ?? null,
      side: draft.side,
      commit_id: pr.head,
      original_commit_id: pr.head,
      user,
    };
  }

  private findIssueComment(id: number): StoredIssueComment | undefined {
    for (const pr of this.pulls.values()) {
      const comment = pr.issueComments.find((c) => c.id === id);
      if (comment) return comment;
    }
    return undefined;
  }

  private findIssueCommentByNode(nodeId: string): StoredIssueComment | undefined {
    for (const pr of this.pulls.values()) {
      const comment = pr.issueComments.find((c) => c.node_id === nodeId);
      if (comment) return comment;
    }
    return undefined;
  }

  private findReviewCommentByNode(nodeId: string): StoredReviewComment | undefined {
    for (const pr of this.pulls.values()) {
      const comment = pr.reviewComments.find((c) => c.node_id === nodeId);
      if (comment) return comment;
    }
    return undefined;
  }
}

/**
 * GitHub's description marks the `{path}` of the contents route `x-multi-segment`: it spans slashes. The
 * validator matches one segment per parameter, so that path is given to it as one (encoded) segment.
 */
function validationPath(pathname: string): string {
  const match = /^(\/repos\/[^/]+\/[^/]+\/contents\/)(.+)$/.exec(pathname);
  if (!match) return pathname;
  try {
    return match[1]! + encodeURIComponent(decodeURIComponent(match[2]!));
  } catch {
    return pathname;
  }
}

function blobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

/** `http://127.0.0.1:PORT` where nothing listens (a port just given up), for "the API cannot be reached". */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

export function graphqlQuery(body: unknown): string {
  const query = (body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' ? query : '';
}

function userFor(login: string): User {
  const bot = login.endsWith('[bot]');
  let hash = 0;
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000;
  return { login, id: hash + 1, node_id: `U_${hash}`, type: bot ? 'Bot' : 'User' };
}

function issueCommentJson(comment: StoredIssueComment) {
  const { edits: _edits, ...json } = comment;
  return json;
}

function reviewCommentJson(comment: StoredReviewComment, number: number) {
  const { minimized: _minimized, ...json } = comment;
  return {
    ...json,
    html_url: `${WEB}/${FULL_NAME}/pull/${number}#discussion_r${comment.id}`,
    diff_hunk: '@@',
  };
}

function tooLong(resource: string) {
  return {
    message: 'Validation Failed',
    errors: [
      { resource, code: 'custom', field: 'body', message: 'Body is too long (maximum is 65536 characters)' },
    ],
  };
}

function faultBody(fault: Fault) {
  return { message: fault.message ?? (fault.status >= 500 ? 'Server Error' : 'Fault injected by the test') };
}

function send(
  res: ServerResponse,
  status: number,
  data?: unknown,
  headers: Record<string, string> = {},
): void {
  const text = data === undefined || status === 204 ? '' : JSON.stringify(data);
  res.writeHead(status, {
    ...(text && { 'content-type': 'application/json; charset=utf-8' }),
    'x-github-request-id': 'TEST',
    ...headers,
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function inHunks(hunks: readonly HunkRange[], line: number): boolean {
  return hunkOf(hunks, line) !== undefined;
}

function hunkOf(hunks: readonly HunkRange[], line: number): HunkRange | undefined {
  return hunks.find((hunk) => line >= hunk.newStart && line < hunk.newStart + hunk.newLines);
}

/** `git diff base...head` (from the merge base, like a pull request), with 3 lines of context like GitHub. */
function diffFiles(repoDir: string, base: string, head: string): Map<string, DiffFile> {
  const patch = execFileSync(
    'git',
    ['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '-M', '-U3', `${base}...${head}`],
    { cwd: repoDir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const files = new Map<string, DiffFile>();
  let oldPath = '';
  let current: DiffFile | undefined;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) current = undefined;
    else if (line.startsWith('--- ') && !current) oldPath = line.slice(4).replace(/^a\//, '');
    else if (line.startsWith('+++ ') && !current) {
      const path = line.slice(4);
      current =
        path === '/dev/null'
          ? { path: oldPath, deleted: true, hunks: [] }
          : { path: path.replace(/^b\//, ''), deleted: false, hunks: [] };
      files.set(current.path, current);
    } else if (line.startsWith('@@') && current) {
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (match)
        current.hunks.push({
          newStart: Number(match[1]),
          newLines: match[2] === undefined ? 1 : Number(match[2]),
        });
    }
  }
  return files;
}

function fileLine(repoDir: string, commit: string, path: string, line: number): string | undefined {
  try {
    const text = execFileSync('git', ['show', `${commit}:${path}`], { cwd: repoDir, encoding: 'utf8' });
    return text.split('\n')[line - 1];
  } catch {
    return undefined;
  }
}

function isCommit(repoDir: string, sha: string): boolean {
  try {
    execFileSync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: repoDir, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
