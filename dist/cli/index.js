#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 9069:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2027);

process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2027:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: USAGE, formatReport

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./lib/collect/paths.js

/**
 * Repo-relative paths: forward slashes, no leading `./`, never absolute, never above the root.
 * Every path that comes from a file in the repository (a values file, a kustomize base, a file://
 * dependency) goes through here before anything reads it.
 */
/** `dir` + `relative`, normalised; undefined when the result is absolute or leaves the repository. */
function joinRepoPath(dir, relative) {
    if (relative === '' ||
        relative.startsWith('/') ||
        relative.includes('\0') ||
        /^[a-zA-Z]:[\\/]/.test(relative)) {
        return undefined;
    }
    const joined = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(dir === '' ? '.' : dir, relative.replace(/\\/g, '/')));
    if (joined === '..' || joined.startsWith('../'))
        return undefined;
    const trimmed = joined.replace(/\/$/, '');
    return trimmed === '.' ? '' : trimmed;
}
/** A path given relative to the repository root (config files, `$values/...` refs). */
function repoPath(path) {
    return joinRepoPath('', path);
}
/** `path` is `prefix` itself or inside it; the empty prefix is the whole repository. */
function isUnder(path, prefix) {
    return prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
}
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** A URL a tool would fetch over the network rather than a path in the repository. */
function isRemoteReference(reference) {
    return (/^[a-z][a-z0-9+.-]*:\/\//i.test(reference) ||
        /^git@/.test(reference) ||
        /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(reference) ||
        /\?(ref|version|submodules|timeout)=/.test(reference));
}

;// CONCATENATED MODULE: ./lib/collect/repo-identity.js
// Which git URLs name the repository under review: an Argo CD source or generator, or a Flux GitRepository,
// that points at another repository must not be rendered from this one's files.
/**
 * `host/owner/repo`, lowercased, from the forms git and Argo CD accept: `https://host/owner/repo(.git)`,
 * `ssh://git@host/owner/repo`, `git@host:owner/repo.git`, `git://...`. Undefined for anything else.
 */
function normalizeRepoUrl(url) {
    const trimmed = url.trim();
    let hostAndPath;
    const withScheme = /^(?:https?|ssh|git|git\+ssh):\/\/(?:[^@/]+@)?([^/]+)\/(.+)$/i.exec(trimmed);
    const scpLike = /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.+)$/.exec(trimmed);
    if (withScheme)
        hostAndPath = `${withScheme[1].replace(/:(22|443|80)$/, '')}/${withScheme[2]}`;
    else if (scpLike && !/^[a-z]+$/i.test(scpLike[2]))
        hostAndPath = `${scpLike[1]}/${scpLike[2]}`;
    else
        return undefined;
    const normalized = hostAndPath
        .toLowerCase()
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .replace(/\/+$/, '');
    return normalized.includes('/') ? normalized : undefined;
}
/** The URLs this repository is known by (its git remotes, and any the config adds). */
class RepoIdentity {
    urls;
    constructor(urls) {
        this.urls = new Set(urls.flatMap((url) => normalizeRepoUrl(url) ?? []));
    }
    /** True when no URL is known (a checkout without remotes): every repository URL is taken to be this one. */
    get unknown() {
        return this.urls.size === 0;
    }
    /** A source's `repoURL` names this repository (or nothing says otherwise). */
    includes(url) {
        if (this.unknown)
            return true;
        const normalized = normalizeRepoUrl(url);
        return normalized !== undefined && this.urls.has(normalized);
    }
}
/** When nothing is known about the repository's URLs. */
const ANY_REPOSITORY = new RepoIdentity([]);

;// CONCATENATED MODULE: ./lib/parse/resource-key.js
/** `apps/v1` -> `apps`; `v1` -> `` (the core group). */
function apiGroup(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash === -1 ? '' : apiVersion.slice(0, slash);
}
function apiVersionOnly(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash === -1 ? apiVersion : apiVersion.slice(slash + 1);
}
/** group/kind/namespace/name: the identity of an object in a cluster, whatever version it is written in. */
function resourceKey(ref) {
    return `${apiGroup(ref.apiVersion)}/${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
}
function describeResource(ref) {
    return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
}

;// CONCATENATED MODULE: ./lib/parse/yaml-options.js
const FLOAT_TAG = 'tag:yaml.org,2002:float';
/** go-yaml, which Kubernetes uses, wants a digit next to the dot: `.` and `._` are strings, not NaN. */
const PLAIN_FLOAT = /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/;
function isScalarTag(tag) {
    return typeof tag === 'object' && 'test' in tag;
}
/**
 * YAML 1.1 as Kubernetes reads it (sigs.k8s.io/yaml on go-yaml): `yes`/`on` are booleans and `0777` is octal,
 * but base-60 numbers (`10:30`) stay strings and a lone `.` is not a float.
 */
function kubernetesTags(tags) {
    return tags
        .filter((tag) => !(isScalarTag(tag) && tag.format === 'TIME') && tag !== 'floatTime' && tag !== 'intTime')
        .map((tag) => isScalarTag(tag) && tag.tag === FLOAT_TAG && !tag.format && tag.test?.source.endsWith('\\.[0-9_]*$')
        ? { ...tag, test: PLAIN_FLOAT }
        : tag);
}
const KUBERNETES_YAML = {
    version: '1.1',
    customTags: kubernetesTags,
};

;// CONCATENATED MODULE: ./lib/parse/parse.js



/** Files above this size are not parsed: the largest real CRD bundles are a few MiB. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** yaml's guard against "billion laughs" alias expansion. */
const MAX_ALIAS_COUNT = 1000;
const IGNORE_MARKER = 'kube-pr-review:';
const IGNORE_COMMENT = /#\s*kube-pr-review:\s*ignore\b([^\n]*)/g;
/** Files that hold YAML but never Kubernetes objects, by name. */
const NON_RESOURCE_FILE = /(^|\/)(Chart\.ya?ml|Chart\.lock|values[^/]*\.ya?ml|kustomization\.ya?ml|Kustomization|\.kube-pr-review\.ya?ml|\.pre-commit-config\.ya?ml|docker-compose[^/]*\.ya?ml|compose\.ya?ml|mkdocs\.ya?ml)$/;
const CI_FILE = /(^|\/)\.github\/|(^|\/)\.gitlab-ci\.ya?ml$/;
const HELM_TEMPLATE_DIR = /(^|\/)templates\//;
/** API groups whose objects configure tools rather than the cluster. */
const TOOL_CONFIG_API = /^(kustomize\.config\.k8s\.io|config\.kubernetes\.io|kpt\.dev)\//;
function isManifestPath(path) {
    return /\.(ya?ml|json)$/i.test(path);
}
function parseManifestFile(file, text) {
    const result = { file, kind: 'empty', resources: [], problems: [] };
    if (NON_RESOURCE_FILE.test(file) || CI_FILE.test(file)) {
        result.kind = 'other';
        return result;
    }
    if (text.length > MAX_FILE_BYTES) {
        return broken(result, 1, `file is too large to review (${text.length} bytes, limit ${MAX_FILE_BYTES})`);
    }
    if (text.includes('\0')) {
        return broken(result, 1, 'file is binary (contains NUL bytes), not YAML');
    }
    if (file.toLowerCase().endsWith('.json') && !(text.includes('"apiVersion"') && text.includes('"kind"'))) {
        result.kind = 'other';
        return result;
    }
    const isTemplate = text.includes('{{');
    if (isTemplate && HELM_TEMPLATE_DIR.test(file)) {
        result.kind = 'template';
        return result;
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { ...KUBERNETES_YAML, lineCounter, uniqueKeys: true });
    const documents = Array.isArray(docs) ? docs : [];
    const hasIgnoreComments = text.includes(IGNORE_MARKER);
    let sawOther = false;
    for (const [docIndex, doc] of documents.entries()) {
        if (doc.errors.length > 0) {
            if (isTemplate) {
                result.kind = 'template';
                return { ...result, resources: [], problems: [] };
            }
            const error = doc.errors[0];
            const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
            result.problems.push({ file, line, message: `invalid YAML: ${firstLine(error.message)}` });
            continue;
        }
        const contents = doc.contents;
        if (contents === null || ((0,dist/* isScalar */.jn)(contents) && contents.value === null))
            continue;
        if (!(0,dist/* isMap */.jh)(contents) || !looksLikeKubernetes(contents)) {
            sawOther = true;
            continue;
        }
        let object;
        try {
            object = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (error) {
            result.problems.push({
                file,
                line: lineOf(lineCounter, contents),
                message: `YAML could not be loaded: ${firstLine(error instanceof Error ? error.message : String(error))}`,
            });
            continue;
        }
        const documentStart = docIndex === 0 ? 0 : (documents[docIndex - 1]?.range[2] ?? 0);
        const ignoredRules = hasIgnoreComments
            ? ignoredRulesIn(text.slice(documentStart, doc.range[2]))
            : EMPTY_SET;
        const kubeObject = object;
        if (TOOL_CONFIG_API.test(kubeObject.apiVersion)) {
            sawOther = true;
            continue;
        }
        const items = listItems(kubeObject, contents);
        if (items) {
            items.forEach(({ object: item, node }, itemIndex) => result.resources.push(makeResource(file, item, node, lineCounter, ignoredRules, `${docIndex}.${itemIndex}`, true)));
        }
        else {
            result.resources.push(makeResource(file, kubeObject, contents, lineCounter, ignoredRules, `${docIndex}`));
        }
    }
    if (result.problems.length > 0)
        result.kind = 'broken';
    else if (result.resources.length > 0)
        result.kind = 'kubernetes';
    else if (sawOther)
        result.kind = 'other';
    return result;
}
const EMPTY_SET = new Set();
function broken(result, line, message) {
    result.kind = 'broken';
    result.problems.push({ file: result.file, line, message });
    return result;
}
function firstLine(message) {
    return message.split('\n')[0].trim();
}
function looksLikeKubernetes(map) {
    const apiVersion = map.get('apiVersion');
    const kind = map.get('kind');
    return typeof apiVersion === 'string' && typeof kind === 'string' && apiVersion !== '' && kind !== '';
}
/** `kind: List` and `*List` objects carry their resources in `items`. */
function listItems(object, node) {
    if (!object.kind.endsWith('List') || !Array.isArray(object.items))
        return undefined;
    const itemsNode = node.get('items', true);
    if (!(0,dist/* isSeq */.oP)(itemsNode))
        return undefined;
    const items = [];
    object.items.forEach((item, index) => {
        const itemNode = itemsNode.items[index];
        if ((0,dist/* isMap */.jh)(itemNode) && looksLikeKubernetes(itemNode))
            items.push({ object: item, node: itemNode });
    });
    return items;
}
function makeResource(file, object, node, lineCounter, ignoredRules, position, listItem = false) {
    const metadata = typeof object.metadata === 'object' && object.metadata !== null ? object.metadata : {};
    const name = typeof metadata.name === 'string' ? metadata.name : `(unnamed #${position} in ${file})`;
    const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
    const ref = { apiVersion: object.apiVersion, kind: object.kind, name, ...(namespace ? { namespace } : {}) };
    const range = node.range ?? [0, 0, 0];
    return {
        key: resourceKey(ref),
        ref,
        object,
        file,
        line: lineCounter.linePos(range[0]).line,
        endLine: lineCounter.linePos(Math.max(range[0], range[1] - 1)).line,
        lineOf: (path) => lineOfPath(node, path, lineCounter),
        ignoredRules,
        ...(listItem ? { listItem } : {}),
    };
}
function lineOf(lineCounter, node) {
    return lineCounter.linePos(node?.range?.[0] ?? 0).line;
}
/** 1-based line of the key or item at `path` under `root`, or of its nearest existing ancestor. */
function lineOfPath(root, path, lineCounter) {
    let node = root;
    let line = lineOf(lineCounter, root);
    for (const segment of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && item.key.value === segment);
            if (!pair)
                break;
            line = lineOf(lineCounter, pair.key);
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (!item)
                break;
            line = lineOf(lineCounter, item);
            node = item;
        }
        else {
            break;
        }
    }
    return line;
}
/** Comments anywhere in a document (or just before it) switch rules off for its objects. */
function ignoredRulesIn(documentText) {
    if (!documentText.includes(IGNORE_MARKER))
        return EMPTY_SET;
    const rules = new Set();
    for (const match of documentText.matchAll(IGNORE_COMMENT)) {
        const ids = (match[1] ?? '').split(/[\s,]+/).filter((id) => /^[a-z0-9-]+$/.test(id));
        if (ids.length === 0)
            rules.add('*');
        ids.forEach((id) => rules.add(id));
    }
    return rules;
}

;// CONCATENATED MODULE: ./lib/collect/yaml-data.js



/** A scalar as a string (numbers and booleans too: `version: 1.2` is a string to Helm). */
function asString(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
/** One YAML document with the line of every key; undefined when it does not parse. */
function parseYamlWithLines(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { ...KUBERNETES_YAML, lineCounter, uniqueKeys: false });
    if (doc.errors.length > 0)
        return undefined;
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch {
        return undefined;
    }
    return { data, lineOf: (path) => lineOfPath(doc.contents, path, lineCounter) };
}

;// CONCATENATED MODULE: ./lib/diff/ignore-fields.js
/**
 * Fields left out of resource diffs (noise control), written as the diff prints paths:
 * `metadata.labels["helm.sh/chart"]`, `spec.template.metadata.annotations["checksum/*"]`.
 * `*` inside a key matches any characters, a `*` segment or `[*]` matches one key or index, and `**`
 * matches any number of segments (`**.labels["helm.sh/chart"]` at any depth).
 */
const DEFAULT_IGNORE_FIELDS = [
    '**.labels["helm.sh/chart"]',
    '**.labels.chart',
    '**.labels["app.kubernetes.io/version"]',
    '**.annotations["checksum/*"]',
];
/** Parses the patterns; throws an Error naming the first bad pattern. */
function compileFieldMatcher(patterns) {
    const compiled = patterns.map((pattern) => {
        const tokens = parsePattern(pattern);
        if (typeof tokens === 'string')
            throw new Error(`'${pattern}' ${tokens}`);
        return tokens;
    });
    return {
        patterns,
        matches: (path) => compiled.some((tokens) => matchTokens(tokens, 0, path, 0)),
    };
}
const NO_IGNORED_FIELDS = { patterns: [], matches: () => false };
function parsePattern(pattern) {
    const tokens = [];
    let i = 0;
    const text = pattern.trim();
    if (text === '')
        return 'is empty';
    while (i < text.length) {
        const char = text[i];
        if (char === '.') {
            if (i === 0 || text[i + 1] === '.' || i === text.length - 1)
                return `has an empty segment at ${i + 1}`;
            i++;
            continue;
        }
        if (char === '[') {
            const close = findClose(text, i);
            if (close === -1)
                return `has an unclosed '[' at ${i + 1}`;
            const inner = text.slice(i + 1, close).trim();
            i = close + 1;
            if (inner === '*')
                tokens.push({ kind: 'index', index: undefined });
            else if (/^\d+$/.test(inner))
                tokens.push({ kind: 'index', index: Number(inner) });
            else if (/^(".*"|'.*')$/.test(inner))
                tokens.push({ kind: 'key', pattern: globPattern(unquote(inner)) });
            else
                return `has '[${inner}]': use [N], [*] or ["key"]`;
            continue;
        }
        let end = i;
        while (end < text.length && text[end] !== '.' && text[end] !== '[')
            end++;
        const segment = text.slice(i, end);
        i = end;
        if (segment === '**')
            tokens.push({ kind: 'globstar' });
        else if (segment === '*')
            tokens.push({ kind: 'any' });
        else
            tokens.push({ kind: 'key', pattern: globPattern(segment) });
    }
    return tokens;
}
function findClose(text, open) {
    const quote = text[open + 1];
    if (quote === '"' || quote === "'") {
        const end = text.indexOf(quote, open + 2);
        return end === -1 || text[end + 1] !== ']' ? -1 : end + 1;
    }
    return text.indexOf(']', open);
}
function unquote(text) {
    return text.slice(1, -1);
}
function globPattern(glob) {
    const source = glob
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${source}$`);
}
function matchTokens(tokens, t, path, p) {
    if (t === tokens.length)
        return true; // a matched prefix ignores the whole subtree
    const token = tokens[t];
    if (token.kind === 'globstar') {
        for (let skip = p; skip <= path.length; skip++) {
            if (matchTokens(tokens, t + 1, path, skip))
                return true;
        }
        return false;
    }
    if (p === path.length)
        return false;
    const segment = path[p];
    switch (token.kind) {
        case 'any':
            break;
        case 'index':
            if (typeof segment !== 'number' || (token.index !== undefined && token.index !== segment))
                return false;
            break;
        case 'key':
            if (typeof segment !== 'string' || !token.pattern.test(segment))
                return false;
            break;
    }
    return matchTokens(tokens, t + 1, path, p + 1);
}

;// CONCATENATED MODULE: ./lib/errors.js
/** A problem with what the user gave us (input, config, repo): shown verbatim, exit code 2. */
class UserError extends Error {
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./lib/kube-version.js
const VERSION_PATTERN = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+].*)?$/;
function parseKubeVersion(text) {
    const match = VERSION_PATTERN.exec(text.trim());
    if (!match)
        return undefined;
    return { major: Number(match[1]), minor: Number(match[2]) };
}
function compareVersions(a, b) {
    return a.major - b.major || a.minor - b.minor;
}
function formatVersion(v) {
    return `${v.major}.${v.minor}`;
}
function nextMinor(v) {
    return { major: v.major, minor: v.minor + 1 };
}
/** `a` is at or after `b`. */
function atLeast(a, b) {
    return compareVersions(a, b) >= 0;
}

;// CONCATENATED MODULE: ./lib/model.js
// The typed data passed between pipeline stages: collect -> parse -> diff -> check -> report.
const SEVERITIES = ['error', 'warning', 'notice'];
const FAIL_ON_LEVELS = ['error', 'warning', 'notice', 'never'];
const SCOPES = ['changed', 'files', 'all'];

;// CONCATENATED MODULE: ./lib/util/glob.js
/**
 * Gitignore-style globs for repo paths: `*` within a segment, `**` across segments, `?`, `{a,b}`.
 * A pattern without a slash matches the file name anywhere (`*.yaml`); a trailing `/` matches a whole folder.
 */
function globToRegExp(pattern) {
    let glob = pattern.trim().replace(/^\.\//, '');
    if (glob.endsWith('/'))
        glob += '**';
    const anchored = glob.includes('/');
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i];
        if (char === '*') {
            if (glob[i + 1] === '*') {
                const slashAfter = glob[i + 2] === '/';
                source += slashAfter ? '(?:.*/)?' : '.*';
                i += slashAfter ? 2 : 1;
            }
            else {
                source += '[^/]*';
            }
        }
        else if (char === '?') {
            source += '[^/]';
        }
        else if (char === '{') {
            const close = glob.indexOf('}', i);
            if (close === -1) {
                source += '\\{';
                continue;
            }
            const options = glob
                .slice(i + 1, close)
                .split(',')
                .map(escapeRegExp);
            source += `(?:${options.join('|')})`;
            i = close;
        }
        else {
            source += escapeRegExp(char);
        }
    }
    return new RegExp(anchored ? `^${source}(?:/.*)?$` : `(?:^|/)${source}(?:/.*)?$`);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
class PathFilter {
    include;
    exclude;
    constructor(include, exclude) {
        this.include = include.filter((p) => p.trim() !== '').map(globToRegExp);
        this.exclude = exclude.filter((p) => p.trim() !== '').map(globToRegExp);
    }
    matches(path) {
        if (this.include.length > 0 && !this.include.some((re) => re.test(path)))
            return false;
        return !this.exclude.some((re) => re.test(path));
    }
}
/** Glob match on a plain name (resource names, namespaces): `*` and `?` only. */
function nameMatches(pattern, value) {
    const source = pattern
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : escapeRegExp(c)))
        .join('');
    return new RegExp(`^${source}$`).test(value);
}

;// CONCATENATED MODULE: ./lib/util/objects.js
/** Narrowing helpers for plain data read from YAML or JSON. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asRecord(value) {
    return isRecord(value) ? value : {};
}
function asList(value) {
    return Array.isArray(value) ? value : [];
}

;// CONCATENATED MODULE: ./lib/config/config.js










const DEFAULT_CONFIG_FILE = '.kube-pr-review.yaml';
const DEFAULT_RENDER_TIMEOUT_SECONDS = 120;
const EMPTY_CONFIG = { paths: [], exclude: [], rules: {}, ignore: [] };
const TOP_LEVEL_KEYS = [
    'kubernetesVersion',
    'upgradeVersion',
    'failOn',
    'scope',
    'paths',
    'exclude',
    'rules',
    'ignore',
    'releases',
    'render',
    'diff',
];
const RELEASE_KEYS = ['name', 'namespace', 'chart', 'repo', 'version', 'valuesFiles', 'values'];
const RENDER_KEYS = ['enabled', 'timeoutSeconds', 'apiVersions', 'repoURLs'];
const DIFF_KEYS = ['ignoreFields', 'defaultIgnoreFields'];
const IGNORE_KEYS = ['rules', 'kind', 'name', 'namespace', 'path'];
function parseRepoConfig(text, source, knownRules) {
    let data;
    let document;
    try {
        document = (0,dist/* parseDocument */.Tp)(text);
        if (document.errors[0])
            throw document.errors[0];
        data = document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new UserError(`${source}: invalid YAML: ${error.message.split('\n')[0]}`);
    }
    // `kubernetesVersion: 1.30` is the number 1.3 to YAML: read versions as they are written.
    const written = (key) => {
        const node = document.get(key, true);
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'number' && node.source)
            return node.source;
        return data[key];
    };
    if (data === null || data === undefined)
        return { ...EMPTY_CONFIG };
    const fail = (message) => {
        throw new UserError(`${source}: ${message}`);
    };
    if (!isRecord(data))
        return fail('must be a YAML mapping');
    for (const key of Object.keys(data)) {
        if (!TOP_LEVEL_KEYS.includes(key))
            fail(`unknown key '${key}' (known keys: ${TOP_LEVEL_KEYS.join(', ')})`);
    }
    const config = { ...EMPTY_CONFIG, paths: [], exclude: [], rules: {}, ignore: [] };
    if (data.kubernetesVersion !== undefined) {
        config.kubernetesVersion = versionField(written('kubernetesVersion'), 'kubernetesVersion', fail);
    }
    if (data.upgradeVersion !== undefined) {
        config.upgradeVersion = versionField(written('upgradeVersion'), 'upgradeVersion', fail);
    }
    if (data.failOn !== undefined)
        config.failOn = enumField(data.failOn, 'failOn', FAIL_ON_LEVELS, fail);
    if (data.scope !== undefined)
        config.scope = enumField(data.scope, 'scope', SCOPES, fail);
    config.paths = stringList(data.paths, 'paths', fail);
    config.exclude = stringList(data.exclude, 'exclude', fail);
    if (data.rules !== undefined) {
        if (!isRecord(data.rules))
            fail(`'rules' must map rule ids to off, on, error, warning or notice`);
        for (const [id, value] of Object.entries(data.rules)) {
            if (!knownRules.includes(id))
                fail(`unknown rule '${id}' in 'rules' (known rules: ${knownRules.join(', ')})`);
            config.rules[id] = ruleSetting(value, id, fail);
        }
    }
    if (data.ignore !== undefined) {
        if (!Array.isArray(data.ignore))
            fail(`'ignore' must be a list of {rules, kind, name, namespace, path}`);
        data.ignore.forEach((entry, index) => {
            const where = `ignore[${index}]`;
            if (!isRecord(entry))
                return fail(`${where} must be a mapping`);
            for (const key of Object.keys(entry)) {
                if (!IGNORE_KEYS.includes(key))
                    fail(`unknown key '${key}' in ${where} (known keys: ${IGNORE_KEYS.join(', ')})`);
            }
            const ignore = {};
            if (entry.rules !== undefined) {
                ignore.rules = stringList(entry.rules, `${where}.rules`, fail);
                for (const id of ignore.rules)
                    if (!knownRules.includes(id))
                        fail(`unknown rule '${id}' in ${where}.rules`);
            }
            for (const key of ['kind', 'name', 'namespace', 'path']) {
                if (entry[key] === undefined)
                    continue;
                if (typeof entry[key] !== 'string')
                    fail(`${where}.${key} must be a string`);
                ignore[key] = entry[key];
            }
            if (Object.keys(ignore).length === 0)
                fail(`${where} is empty: it would ignore everything`);
            config.ignore.push(ignore);
        });
    }
    if (data.releases !== undefined)
        config.releases = parseReleases(data.releases, text, fail);
    if (data.render !== undefined)
        config.render = parseRender(data.render, fail);
    if (data.diff !== undefined)
        config.diff = parseDiff(data.diff, fail);
    return config;
}
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function parseReleases(value, text, fail) {
    if (!Array.isArray(value)) {
        return fail(`'releases' must be a list of {name, chart, repo, version, namespace, valuesFiles, values}`);
    }
    const lines = parseYamlWithLines(text);
    const lineOf = (...path) => lines?.lineOf(['releases', ...path]) ?? 1;
    const names = new Set();
    return value.map((entry, index) => {
        const where = `releases[${index}]`;
        if (!isRecord(entry))
            return fail(`${where} must be a mapping`);
        for (const key of Object.keys(entry)) {
            if (!RELEASE_KEYS.includes(key))
                fail(`unknown key '${key}' in ${where} (known keys: ${RELEASE_KEYS.join(', ')})`);
        }
        const name = entry.name;
        if (typeof name !== 'string' || !DNS_LABEL.test(name) || name.length > 53) {
            fail(`${where}.name must be a release name (lowercase letters, digits and '-', at most 53), got '${String(name)}'`);
        }
        if (names.has(name))
            fail(`${where}.name '${String(name)}' is declared twice`);
        names.add(name);
        if (typeof entry.chart !== 'string' || entry.chart === '')
            fail(`${where}.chart must be a chart path or name`);
        const release = {
            name: name,
            chart: entry.chart,
            valuesFiles: [],
            line: lineOf(index),
            endLine: lines ? Math.max(lineOf(index), ...Object.keys(entry).map((key) => lineOf(index, key))) : 1,
            chartLine: lineOf(index, 'chart'),
            valuesFileLines: [],
        };
        if (entry.namespace !== undefined) {
            if (typeof entry.namespace !== 'string' || !DNS_LABEL.test(entry.namespace))
                fail(`${where}.namespace must be a namespace name, got '${String(entry.namespace)}'`);
            release.namespace = entry.namespace;
        }
        if (entry.repo !== undefined) {
            if (typeof entry.repo !== 'string' || !/^(https?|oci):\/\/[^\s]+$/.test(entry.repo))
                fail(`${where}.repo must be an http://, https:// or oci:// URL, got '${String(entry.repo)}'`);
            release.repo = entry.repo;
        }
        if (entry.version !== undefined) {
            if (typeof entry.version !== 'string' && typeof entry.version !== 'number')
                fail(`${where}.version must be a chart version like '1.2.3'`);
            release.version = String(entry.version);
            release.versionLine = lineOf(index, 'version');
        }
        const remote = release.repo !== undefined || release.chart.startsWith('oci://');
        if (remote && release.version === undefined) {
            fail(`${where}.version is required for a chart from a repository (a review must render a fixed version)`);
        }
        if (!remote) {
            const path = repoPath(release.chart);
            if (path === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(release.chart)) {
                fail(`${where}.chart '${release.chart}' must be a directory inside the repository, or a chart name with 'repo'`);
            }
            release.chart = path;
        }
        stringList(entry.valuesFiles, `${where}.valuesFiles`, fail).forEach((file, i) => {
            const path = repoPath(file);
            if (path === undefined || path === '')
                fail(`${where}.valuesFiles[${i}] '${file}' is outside the repository`);
            release.valuesFiles.push(path);
            release.valuesFileLines.push(lineOf(index, 'valuesFiles', i));
        });
        if (entry.values !== undefined) {
            if (!isRecord(entry.values))
                fail(`${where}.values must be a mapping of Helm values`);
            release.values = entry.values;
            release.valuesLine = lineOf(index, 'values');
        }
        return release;
    });
}
function parseRender(value, fail) {
    if (!isRecord(value))
        return fail(`'render' must be a mapping (keys: ${RENDER_KEYS.join(', ')})`);
    for (const key of Object.keys(value)) {
        if (!RENDER_KEYS.includes(key))
            fail(`unknown key '${key}' in render (known keys: ${RENDER_KEYS.join(', ')})`);
    }
    const render = {};
    if (value.enabled !== undefined) {
        if (typeof value.enabled !== 'boolean')
            fail(`render.enabled must be true or false`);
        render.enabled = value.enabled;
    }
    if (value.timeoutSeconds !== undefined) {
        const seconds = value.timeoutSeconds;
        if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0 || seconds > 3600)
            fail(`render.timeoutSeconds must be a number of seconds between 1 and 3600, got '${String(seconds)}'`);
        render.timeoutSeconds = seconds;
    }
    if (value.apiVersions !== undefined) {
        render.apiVersions = stringList(value.apiVersions, 'render.apiVersions', fail);
        for (const version of render.apiVersions) {
            if (!/^([a-z0-9.-]+\/)?v[0-9a-z]+(\/[A-Za-z]+)?$/.test(version))
                fail(`render.apiVersions: '${version}' is not an API version like 'monitoring.coreos.com/v1'`);
        }
    }
    if (value.repoURLs !== undefined) {
        render.repoURLs = stringList(value.repoURLs, 'render.repoURLs', fail);
        for (const url of render.repoURLs) {
            if (normalizeRepoUrl(url) === undefined)
                fail(`render.repoURLs: '${url}' is not a git URL like 'https://github.com/org/repo.git'`);
        }
    }
    return render;
}
function parseDiff(value, fail) {
    if (!isRecord(value))
        return fail(`'diff' must be a mapping (keys: ${DIFF_KEYS.join(', ')})`);
    for (const key of Object.keys(value)) {
        if (!DIFF_KEYS.includes(key))
            fail(`unknown key '${key}' in diff (known keys: ${DIFF_KEYS.join(', ')})`);
    }
    const diff = {
        ignoreFields: stringList(value.ignoreFields, 'diff.ignoreFields', fail),
        defaultIgnoreFields: true,
    };
    if (value.defaultIgnoreFields !== undefined) {
        if (typeof value.defaultIgnoreFields !== 'boolean')
            fail(`diff.defaultIgnoreFields must be true or false`);
        diff.defaultIgnoreFields = value.defaultIgnoreFields;
    }
    try {
        compileFieldMatcher(diff.ignoreFields);
    }
    catch (error) {
        fail(`diff.ignoreFields: ${error.message}`);
    }
    return diff;
}
/** The fields diffs leave out: the defaults (unless turned off) and the config's own. */
function ignoredFields(config) {
    const patterns = [
        ...(config.diff?.defaultIgnoreFields === false ? [] : DEFAULT_IGNORE_FIELDS),
        ...(config.diff?.ignoreFields ?? []),
    ];
    return patterns.length === 0 ? NO_IGNORED_FIELDS : compileFieldMatcher(patterns);
}
/** Inputs and flags win over the config file, which wins over the defaults. */
function resolveOptions(raw, config, newestKnownRelease) {
    const kubernetesVersion = raw.kubernetesVersion
        ? versionField(raw.kubernetesVersion, 'kubernetes-version', failInput)
        : (config.kubernetesVersion ?? parseKubeVersion(newestKnownRelease));
    const upgradeVersion = raw.upgradeVersion
        ? versionField(raw.upgradeVersion, 'upgrade-version', failInput)
        : (config.upgradeVersion ?? nextMinor(kubernetesVersion));
    if (compareVersions(upgradeVersion, kubernetesVersion) < 0) {
        failInput(`upgrade-version ${formatVersion(upgradeVersion)} is older than kubernetes-version ${formatVersion(kubernetesVersion)}`);
    }
    return {
        kubernetesVersion,
        upgradeVersion,
        scope: raw.scope ? enumField(raw.scope, 'scope', SCOPES, failInput) : (config.scope ?? 'changed'),
        failOn: raw.failOn
            ? enumField(raw.failOn, 'fail-on', FAIL_ON_LEVELS, failInput)
            : (config.failOn ?? 'error'),
        pathFilter: new PathFilter([...config.paths, ...(raw.paths ?? [])], [...config.exclude, ...(raw.exclude ?? [])]),
        rules: config.rules,
        ignore: config.ignore,
        render: {
            enabled: raw.render !== false && config.render?.enabled !== false,
            timeoutMs: (config.render?.timeoutSeconds ?? DEFAULT_RENDER_TIMEOUT_SECONDS) * 1000,
            apiVersions: config.render?.apiVersions ?? [],
            ...(raw.helm ? { helmPath: raw.helm } : {}),
            ...(raw.kubectl ? { kubectlPath: raw.kubectl } : {}),
            ...(raw.kustomize ? { kustomizePath: raw.kustomize } : {}),
            releases: config.releases ?? [],
            repoURLs: config.render?.repoURLs ?? [],
        },
        ignoreFields: ignoredFields(config),
        github: {
            apiUrl: githubApiUrl(raw.githubApiUrl),
            ...(raw.githubToken ? { token: raw.githubToken } : {}),
        },
    };
}
function githubApiUrl(value) {
    if (!value)
        return 'https://api.github.com';
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
        failInput(`the GitHub API URL must be an http(s) URL, got '${value.slice(0, 80)}'`);
    return value.replace(/\/+$/, '');
}
function failInput(message) {
    throw new UserError(message);
}
function versionField(value, name, fail) {
    const version = typeof value === 'string' || typeof value === 'number' ? parseKubeVersion(String(value)) : undefined;
    if (!version || version.major !== 1) {
        return fail(`'${name}' must be a Kubernetes minor version like '1.33', got '${String(value)}'`);
    }
    return version;
}
function enumField(value, name, allowed, fail) {
    if (typeof value !== 'string' || !allowed.includes(value)) {
        return fail(`'${name}' must be one of ${allowed.join(', ')}, got '${String(value)}'`);
    }
    return value;
}
function stringList(value, name, fail) {
    if (value === undefined)
        return [];
    if (typeof value === 'string')
        return [value];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
        return fail(`'${name}' must be a list of strings`);
    }
    return value;
}
function ruleSetting(value, id, fail) {
    if (value === false || value === 'off')
        return { enabled: false };
    if (value === true || value === 'on')
        return { enabled: true };
    if (typeof value === 'string' && SEVERITIES.includes(value)) {
        return { enabled: true, severity: value };
    }
    if (isRecord(value)) {
        const setting = { enabled: value.enabled !== false };
        if (value.severity !== undefined)
            setting.severity = enumField(value.severity, `rules.${id}.severity`, SEVERITIES, fail);
        return setting;
    }
    return fail(`rules.${id} must be off, on, error, warning or notice, got '${String(value)}'`);
}
/** Splits a multi-line or comma-separated input into items. */
function splitList(text) {
    return (text ?? '')
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

;// CONCATENATED MODULE: ./lib/data/api-lifecycle.js
// When each built-in API group/version/kind was deprecated and removed, and what replaces it.
// Sources: the official Deprecated API Migration Guide (removals up to 1.32) and the
// `+k8s:prerelease-lifecycle-gen` tags in k8s.io/api (everything after the guide's last section).

/** The newest Kubernetes release this table knows about; later removals are planned, not released. */
const NEWEST_KNOWN_RELEASE = '1.36';
const GUIDE = 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/';
const LIFECYCLE = 'k8s.io/api lifecycle';
/** One entry per kind of a group/version that share the same lifecycle. */
function kinds(apiVersion, names, shared) {
    const slash = apiVersion.indexOf('/');
    const group = apiVersion.slice(0, slash);
    const version = apiVersion.slice(slash + 1);
    return names.map((kind) => ({ group, version, kind, ...shared, migration: shared.migration ?? [] }));
}
const SELECTOR_REQUIRED = 'spec.selector is required (use the pod template labels) and immutable';
const WEBHOOK_MIGRATION = [
    'webhooks[*].sideEffects is required: None or NoneOnDryRun',
    'webhooks[*].admissionReviewVersions is required',
    'webhooks[*].name must be unique within the object',
];
const WEBHOOK_NOTES = [
    'webhooks[*].failurePolicy defaults to Fail (was Ignore)',
    'webhooks[*].matchPolicy defaults to Equivalent (was Exact)',
    'webhooks[*].timeoutSeconds defaults to 10 (was 30)',
];
const INGRESS_MIGRATION = [
    'spec.backend -> spec.defaultBackend',
    'serviceName -> service.name',
    'servicePort (number) -> service.port.number',
    'servicePort (name) -> service.port.name',
    'pathType is required on every path: Prefix, Exact or ImplementationSpecific (ImplementationSpecific keeps the v1beta1 matching)',
];
const CRD_MIGRATION = [
    'spec.version -> spec.versions',
    'spec.validation -> spec.versions[*].schema',
    'spec.subresources -> spec.versions[*].subresources',
    'spec.additionalPrinterColumns -> spec.versions[*].additionalPrinterColumns (JSONPath -> jsonPath)',
    'spec.conversion.webhookClientConfig -> spec.conversion.webhook.clientConfig',
    'spec.conversion.conversionReviewVersions -> spec.conversion.webhook.conversionReviewVersions',
    'spec.scope is required (no longer defaulted)',
    'spec.versions[*].schema.openAPIV3Schema is required and must be structural',
    'spec.preserveUnknownFields: true is not allowed: use x-kubernetes-preserve-unknown-fields: true in the schema',
];
const PLC_RENAME = 'spec.limited.assuredConcurrencyShares -> spec.limited.nominalConcurrencyShares';
const PLC_ZERO_NOTE = 'spec.limited.nominalConcurrencyShares defaults to 30 only when unset: an explicit 0 stays 0';
const FLOWCONTROL_V1 = { apiVersion: 'flowcontrol.apiserver.k8s.io/v1', availableIn: '1.29' };
const FLOWCONTROL_V1BETA3 = { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', availableIn: '1.26' };
const FLOWCONTROL_V1BETA2 = { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', availableIn: '1.23' };
// DRA: v1beta2 (and v1) moved a claim's request fields under `exactly` and dropped the slice's `basic` wrapper.
const DRA_V1 = { apiVersion: 'resource.k8s.io/v1', availableIn: '1.34' };
const DRA_V1BETA2 = { apiVersion: 'resource.k8s.io/v1beta2', availableIn: '1.33' };
const DRA_V1BETA1 = { apiVersion: 'resource.k8s.io/v1beta1', availableIn: '1.32' };
const DRA_REQUEST_FIELDS = '{deviceClassName, selectors, allocationMode, count, adminAccess}';
const DRA_CLAIM_MIGRATION = [
    `spec.devices.requests[*].${DRA_REQUEST_FIELDS} -> spec.devices.requests[*].exactly.*`,
];
const DRA_TEMPLATE_MIGRATION = [
    `spec.spec.devices.requests[*].${DRA_REQUEST_FIELDS} -> spec.spec.devices.requests[*].exactly.*`,
];
const DRA_SLICE_MIGRATION = ['spec.devices[*].basic.* -> spec.devices[*].* (the basic wrapper is gone)'];
const DRA_ALPHA_CAPACITY = 'spec.devices[*].basic.capacity.<name>: <quantity> -> <name>: {value: <quantity>}';
/** The four DRA kinds of one pre-v1 version; v1beta2 already has the v1 shape, v1beta1 the old one. */
function draKinds(apiVersion, lifecycle, fromAlpha) {
    // From v1alpha3, device capacities also changed shape: v1beta1 wraps each one in {value}.
    const capacity = fromAlpha ? [DRA_ALPHA_CAPACITY] : [];
    const perKind = [
        ['DeviceClass', []],
        ['ResourceClaim', DRA_CLAIM_MIGRATION],
        ['ResourceClaimTemplate', DRA_TEMPLATE_MIGRATION],
        ['ResourceSlice', [...DRA_SLICE_MIGRATION, ...capacity]],
    ];
    return perKind.flatMap(([kind, migration]) => kinds(apiVersion, [kind], {
        ...lifecycle,
        migration,
        interim: [
            { ...DRA_V1BETA2, migration },
            ...(fromAlpha ? [{ ...DRA_V1BETA1, migration: kind === 'ResourceSlice' ? capacity : [] }] : []),
        ],
    }));
}
const API_LIFECYCLE = [
    // ---- removed in 1.16 ----
    ...kinds('extensions/v1beta1', ['NetworkPolicy'], {
        deprecatedIn: '1.9',
        removedIn: '1.16',
        replacement: { apiVersion: 'networking.k8s.io/v1', availableIn: '1.8' },
        source: `${GUIDE}#networkpolicy-v116`,
    }),
    ...kinds('extensions/v1beta1', ['DaemonSet'], {
        deprecatedIn: '1.8',
        removedIn: '1.16',
        replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
        migration: ['spec.templateGeneration is removed', SELECTOR_REQUIRED],
        notes: ['spec.updateStrategy.type defaults to RollingUpdate (was OnDelete)'],
        source: `${GUIDE}#daemonset-v116`,
    }),
    // apps/v1beta2 already had the apps/v1 fields and defaults, so only the apiVersion changes.
    ...kinds('apps/v1beta2', ['DaemonSet'], {
        deprecatedIn: '1.9',
        removedIn: '1.16',
        replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
        source: `${GUIDE}#daemonset-v116`,
    }),
    ...kinds('extensions/v1beta1', ['Deployment'], {
        deprecatedIn: '1.8',
        removedIn: '1.16',
        replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
        migration: ['spec.rollbackTo is removed', SELECTOR_REQUIRED],
        notes: [
            'spec.progressDeadlineSeconds defaults to 600 (was no deadline)',
            'spec.revisionHistoryLimit defaults to 10 (was unlimited)',
            'spec.strategy.rollingUpdate.maxSurge and maxUnavailable default to 25% (was 1)',
        ],
        source: `${GUIDE}#deployment-v116`,
    }),
    ...kinds('apps/v1beta1', ['Deployment'], {
        deprecatedIn: '1.8',
        removedIn: '1.16',
        replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
        migration: ['spec.rollbackTo is removed', SELECTOR_REQUIRED],
        notes: ['spec.revisionHistoryLimit defaults to 10 (was 2)'],
        source: `${GUIDE}#deployment-v116`,
    }),
    ...kinds('apps/v1beta2', ['Deployment'], {
        deprecatedIn: '1.9',
        removedIn: '1.16',
        replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
        source: `${GUIDE}#deployment-v116`,
    }),
    ...kinds('apps/v1beta1', ['StatefulSet'], {
        deprecatedIn: '1.8',
        removedIn: '1.16',
        replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
        migration: [SELECTOR_REQUIRED],
        notes: ['spec.updateStrategy.type defaults to RollingUpdate (was OnDelete)'],
        source: `${GUIDE}#statefulset-v116`,
    }),
    ...kinds('apps/v1beta2', ['StatefulSet'], {
        deprecatedIn: '1.9',
        removedIn: '1.16',
        replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
        source: `${GUIDE}#statefulset-v116`,
    }),
    ...kinds('extensions/v1beta1', ['ReplicaSet'], {
        deprecatedIn: '1.8',
        removedIn: '1.16',
        replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
        migration: [SELECTOR_REQUIRED],
        source: `${GUIDE}#replicaset-v116`,
    }),
    // Listed by the guide although k8s.io/api apps/v1beta1 never defined a ReplicaSet type.
    ...kinds('apps/v1beta1', ['ReplicaSet'], {
        removedIn: '1.16',
        replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
        migration: [SELECTOR_REQUIRED],
        source: `${GUIDE}#replicaset-v116`,
    }),
    ...kinds('apps/v1beta2', ['ReplicaSet'], {
        deprecatedIn: '1.9',
        removedIn: '1.16',
        replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
        source: `${GUIDE}#replicaset-v116`,
    }),
    // policy/v1beta1 is itself removed in 1.25; the rule follows that entry from there.
    ...kinds('extensions/v1beta1', ['PodSecurityPolicy'], {
        deprecatedIn: '1.11',
        removedIn: '1.16',
        replacement: { apiVersion: 'policy/v1beta1', availableIn: '1.10' },
        source: `${GUIDE}#psp-v116`,
    }),
    // ---- removed in 1.22 ----
    ...kinds('admissionregistration.k8s.io/v1beta1', ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], {
        deprecatedIn: '1.16',
        removedIn: '1.22',
        replacement: { apiVersion: 'admissionregistration.k8s.io/v1', availableIn: '1.16' },
        migration: WEBHOOK_MIGRATION,
        notes: WEBHOOK_NOTES,
        source: `${GUIDE}#webhook-resources-v122`,
    }),
    ...kinds('apiextensions.k8s.io/v1beta1', ['CustomResourceDefinition'], {
        deprecatedIn: '1.16',
        removedIn: '1.22',
        replacement: { apiVersion: 'apiextensions.k8s.io/v1', availableIn: '1.16' },
        migration: CRD_MIGRATION,
        source: `${GUIDE}#customresourcedefinition-v122`,
    }),
    ...kinds('apiregistration.k8s.io/v1beta1', ['APIService'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: { apiVersion: 'apiregistration.k8s.io/v1', availableIn: '1.10' },
        source: `${GUIDE}#apiservice-v122`,
    }),
    ...kinds('authentication.k8s.io/v1beta1', ['TokenReview'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: { apiVersion: 'authentication.k8s.io/v1', availableIn: '1.6' },
        source: `${GUIDE}#tokenreview-v122`,
    }),
    // spec.group only exists in the (Local)SubjectAccessReview spec; the self reviews have no user fields.
    ...kinds('authorization.k8s.io/v1beta1', ['LocalSubjectAccessReview', 'SubjectAccessReview'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: { apiVersion: 'authorization.k8s.io/v1', availableIn: '1.6' },
        migration: ['spec.group -> spec.groups'],
        source: `${GUIDE}#subjectaccessreview-resources-v122`,
    }),
    ...kinds('authorization.k8s.io/v1beta1', ['SelfSubjectAccessReview', 'SelfSubjectRulesReview'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: { apiVersion: 'authorization.k8s.io/v1', availableIn: '1.6' },
        source: `${GUIDE}#subjectaccessreview-resources-v122`,
    }),
    ...kinds('certificates.k8s.io/v1beta1', ['CertificateSigningRequest'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: { apiVersion: 'certificates.k8s.io/v1', availableIn: '1.19' },
        migration: [
            'spec.signerName is required (kubernetes.io/legacy-unknown cannot be requested through v1)',
            'spec.usages is required, without duplicates and with known values only',
        ],
        notes: [
            'status.conditions may not repeat a type and each needs a status',
            'status.certificate must be PEM with only CERTIFICATE blocks',
        ],
        source: `${GUIDE}#certificatesigningrequest-v122`,
    }),
    ...kinds('coordination.k8s.io/v1beta1', ['Lease'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: { apiVersion: 'coordination.k8s.io/v1', availableIn: '1.14' },
        source: `${GUIDE}#lease-v122`,
    }),
    ...kinds('extensions/v1beta1', ['Ingress'], {
        deprecatedIn: '1.14',
        removedIn: '1.22',
        replacement: { apiVersion: 'networking.k8s.io/v1', availableIn: '1.19' },
        migration: INGRESS_MIGRATION,
        source: `${GUIDE}#ingress-v122`,
    }),
    ...kinds('networking.k8s.io/v1beta1', ['Ingress'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: { apiVersion: 'networking.k8s.io/v1', availableIn: '1.19' },
        migration: INGRESS_MIGRATION,
        source: `${GUIDE}#ingress-v122`,
    }),
    ...kinds('networking.k8s.io/v1beta1', ['IngressClass'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: { apiVersion: 'networking.k8s.io/v1', availableIn: '1.19' },
        source: `${GUIDE}#ingressclass-v122`,
    }),
    ...kinds('rbac.authorization.k8s.io/v1beta1', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], {
        deprecatedIn: '1.17',
        removedIn: '1.22',
        replacement: { apiVersion: 'rbac.authorization.k8s.io/v1', availableIn: '1.8' },
        source: `${GUIDE}#rbac-resources-v122`,
    }),
    ...kinds('scheduling.k8s.io/v1beta1', ['PriorityClass'], {
        deprecatedIn: '1.14',
        removedIn: '1.22',
        replacement: { apiVersion: 'scheduling.k8s.io/v1', availableIn: '1.14' },
        source: `${GUIDE}#priorityclass-v122`,
    }),
    ...kinds('storage.k8s.io/v1beta1', ['CSIDriver'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: { apiVersion: 'storage.k8s.io/v1', availableIn: '1.19' },
        source: `${GUIDE}#storage-resources-v122`,
    }),
    ...kinds('storage.k8s.io/v1beta1', ['CSINode'], {
        deprecatedIn: '1.17',
        removedIn: '1.22',
        replacement: { apiVersion: 'storage.k8s.io/v1', availableIn: '1.17' },
        source: `${GUIDE}#storage-resources-v122`,
    }),
    ...kinds('storage.k8s.io/v1beta1', ['StorageClass'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: { apiVersion: 'storage.k8s.io/v1', availableIn: '1.6' },
        source: `${GUIDE}#storage-resources-v122`,
    }),
    ...kinds('storage.k8s.io/v1beta1', ['VolumeAttachment'], {
        deprecatedIn: '1.19',
        removedIn: '1.22',
        replacement: { apiVersion: 'storage.k8s.io/v1', availableIn: '1.13' },
        source: `${GUIDE}#storage-resources-v122`,
    }),
    // ---- removed in 1.25 ----
    ...kinds('batch/v1beta1', ['CronJob'], {
        deprecatedIn: '1.21',
        removedIn: '1.25',
        replacement: { apiVersion: 'batch/v1', availableIn: '1.21' },
        source: `${GUIDE}#cronjob-v125`,
    }),
    ...kinds('discovery.k8s.io/v1beta1', ['EndpointSlice'], {
        deprecatedIn: '1.21',
        removedIn: '1.25',
        replacement: { apiVersion: 'discovery.k8s.io/v1', availableIn: '1.21' },
        migration: [
            "endpoints[*].topology['kubernetes.io/hostname'] -> endpoints[*].nodeName",
            "endpoints[*].topology['topology.kubernetes.io/zone'] -> endpoints[*].zone",
            'endpoints[*].topology is gone (v1 has a read-only deprecatedTopology)',
        ],
        source: `${GUIDE}#endpointslice-v125`,
    }),
    ...kinds('events.k8s.io/v1beta1', ['Event'], {
        deprecatedIn: '1.22',
        removedIn: '1.25',
        replacement: { apiVersion: 'events.k8s.io/v1', availableIn: '1.19' },
        migration: [
            'type must be Normal or Warning',
            'involvedObject -> regarding',
            'action, reason, reportingController and reportingInstance are required',
            'firstTimestamp -> eventTime',
            'lastTimestamp -> series.lastObservedTime',
            'count -> series.count',
            'source.component -> reportingController',
            'source.host -> reportingInstance',
        ],
        source: `${GUIDE}#event-v125`,
    }),
    ...kinds('autoscaling/v2beta1', ['HorizontalPodAutoscaler'], {
        deprecatedIn: '1.22',
        removedIn: '1.25',
        replacement: { apiVersion: 'autoscaling/v2', availableIn: '1.23' },
        migration: [
            'targetAverageUtilization -> target.averageUtilization with target.type: Utilization',
            'targetAverageValue -> target.averageValue with target.type: AverageValue',
            'targetValue -> target.value with target.type: Value',
            'metricName, metricSelector and selector -> metric.name and metric.selector',
            'object metrics: target (the object reference) -> describedObject',
        ],
        source: `${GUIDE}#horizontalpodautoscaler-v125`,
    }),
    ...kinds('policy/v1beta1', ['PodDisruptionBudget'], {
        deprecatedIn: '1.21',
        removedIn: '1.25',
        replacement: { apiVersion: 'policy/v1', availableIn: '1.21' },
        notes: [
            'an empty spec.selector ({}) selects every pod in the namespace in policy/v1 (it selected none before)',
        ],
        source: `${GUIDE}#poddisruptionbudget-v125`,
    }),
    ...kinds('policy/v1beta1', ['PodSecurityPolicy'], {
        deprecatedIn: '1.21',
        removedIn: '1.25',
        noReplacement: 'use Pod Security Admission or a third-party admission webhook',
        source: `${GUIDE}#psp-v125`,
    }),
    ...kinds('node.k8s.io/v1beta1', ['RuntimeClass'], {
        deprecatedIn: '1.22',
        removedIn: '1.25',
        replacement: { apiVersion: 'node.k8s.io/v1', availableIn: '1.20' },
        source: `${GUIDE}#runtimeclass-v125`,
    }),
    // ---- removed in 1.26 ----
    // The guide says v1beta2 and the lifecycle tag v1beta3, but both are removed later: v1 is the durable target.
    ...kinds('flowcontrol.apiserver.k8s.io/v1beta1', ['FlowSchema'], {
        deprecatedIn: '1.23',
        removedIn: '1.26',
        replacement: FLOWCONTROL_V1,
        interim: [
            { ...FLOWCONTROL_V1BETA3, migration: [] },
            { ...FLOWCONTROL_V1BETA2, migration: [] },
        ],
        source: `${GUIDE}#flowcontrol-resources-v126`,
    }),
    ...kinds('flowcontrol.apiserver.k8s.io/v1beta1', ['PriorityLevelConfiguration'], {
        deprecatedIn: '1.23',
        removedIn: '1.26',
        replacement: FLOWCONTROL_V1,
        interim: [
            { ...FLOWCONTROL_V1BETA3, migration: [PLC_RENAME] },
            { ...FLOWCONTROL_V1BETA2, migration: [] },
        ],
        migration: [PLC_RENAME],
        notes: [PLC_ZERO_NOTE],
        source: `${GUIDE}#flowcontrol-resources-v126`,
    }),
    ...kinds('autoscaling/v2beta2', ['HorizontalPodAutoscaler'], {
        deprecatedIn: '1.23',
        removedIn: '1.26',
        replacement: { apiVersion: 'autoscaling/v2', availableIn: '1.23' },
        source: `${GUIDE}#horizontalpodautoscaler-v126`,
    }),
    // ---- removed in 1.27 ----
    ...kinds('storage.k8s.io/v1beta1', ['CSIStorageCapacity'], {
        deprecatedIn: '1.24',
        removedIn: '1.27',
        replacement: { apiVersion: 'storage.k8s.io/v1', availableIn: '1.24' },
        source: `${GUIDE}#csistoragecapacity-v127`,
    }),
    // ---- removed in 1.29 ----
    ...kinds('flowcontrol.apiserver.k8s.io/v1beta2', ['FlowSchema'], {
        deprecatedIn: '1.26',
        removedIn: '1.29',
        replacement: FLOWCONTROL_V1,
        interim: [{ ...FLOWCONTROL_V1BETA3, migration: [] }],
        source: `${GUIDE}#flowcontrol-resources-v129`,
    }),
    ...kinds('flowcontrol.apiserver.k8s.io/v1beta2', ['PriorityLevelConfiguration'], {
        deprecatedIn: '1.26',
        removedIn: '1.29',
        replacement: FLOWCONTROL_V1,
        interim: [{ ...FLOWCONTROL_V1BETA3, migration: [PLC_RENAME] }],
        migration: [PLC_RENAME],
        notes: [PLC_ZERO_NOTE],
        source: `${GUIDE}#flowcontrol-resources-v129`,
    }),
    // ---- removed in 1.32 ----
    ...kinds('flowcontrol.apiserver.k8s.io/v1beta3', ['FlowSchema'], {
        deprecatedIn: '1.29',
        removedIn: '1.32',
        replacement: FLOWCONTROL_V1,
        source: `${GUIDE}#flowcontrol-resources-v132`,
    }),
    ...kinds('flowcontrol.apiserver.k8s.io/v1beta3', ['PriorityLevelConfiguration'], {
        deprecatedIn: '1.29',
        removedIn: '1.32',
        replacement: FLOWCONTROL_V1,
        notes: [`${PLC_ZERO_NOTE} (v1beta3 turned 0 into 30)`],
        source: `${GUIDE}#flowcontrol-resources-v132`,
    }),
    ...kinds('authentication.k8s.io/v1alpha1', ['SelfSubjectReview'], {
        deprecatedIn: '1.29',
        removedIn: '1.32',
        replacement: { apiVersion: 'authentication.k8s.io/v1', availableIn: '1.28' },
        source: LIFECYCLE,
    }),
    ...kinds('admissionregistration.k8s.io/v1alpha1', ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'], {
        deprecatedIn: '1.29',
        removedIn: '1.32',
        replacement: { apiVersion: 'admissionregistration.k8s.io/v1', availableIn: '1.30' },
        interim: [{ apiVersion: 'admissionregistration.k8s.io/v1beta1', availableIn: '1.28', migration: [] }],
        source: LIFECYCLE,
    }),
    // ---- removed in 1.33 ----
    ...kinds('authentication.k8s.io/v1beta1', ['SelfSubjectReview'], {
        deprecatedIn: '1.30',
        removedIn: '1.33',
        replacement: { apiVersion: 'authentication.k8s.io/v1', availableIn: '1.28' },
        source: LIFECYCLE,
    }),
    ...kinds('networking.k8s.io/v1alpha1', ['IPAddress', 'ServiceCIDR'], {
        deprecatedIn: '1.30',
        removedIn: '1.33',
        replacement: { apiVersion: 'networking.k8s.io/v1', availableIn: '1.33' },
        interim: [{ apiVersion: 'networking.k8s.io/v1beta1', availableIn: '1.31', migration: [] }],
        source: LIFECYCLE,
    }),
    // ---- removed in 1.34 ----
    ...kinds('admissionregistration.k8s.io/v1beta1', ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'], {
        deprecatedIn: '1.31',
        removedIn: '1.34',
        replacement: { apiVersion: 'admissionregistration.k8s.io/v1', availableIn: '1.30' },
        source: LIFECYCLE,
    }),
    ...draKinds('resource.k8s.io/v1alpha3', {
        deprecatedIn: '1.34',
        removedIn: '1.34',
        replacement: DRA_V1,
        source: LIFECYCLE,
    }, true),
    // ---- removed in 1.35 ----
    ...kinds('storage.k8s.io/v1alpha1', ['VolumeAttributesClass'], {
        deprecatedIn: '1.32',
        removedIn: '1.35',
        replacement: { apiVersion: 'storage.k8s.io/v1', availableIn: '1.34' },
        interim: [{ apiVersion: 'storage.k8s.io/v1beta1', availableIn: '1.31', migration: [] }],
        source: LIFECYCLE,
    }),
    ...kinds('storagemigration.k8s.io/v1alpha1', ['StorageVersionMigration'], {
        deprecatedIn: '1.33',
        removedIn: '1.35',
        replacement: { apiVersion: 'storagemigration.k8s.io/v1beta1', availableIn: '1.35' },
        migration: [
            'spec.resource.version is removed: spec.resource names only group and resource',
            'spec.continueToken is removed',
        ],
        source: LIFECYCLE,
    }),
    // ---- removal planned after NEWEST_KNOWN_RELEASE ----
    ...kinds('storage.k8s.io/v1beta1', ['VolumeAttributesClass'], {
        deprecatedIn: '1.34',
        removedIn: '1.37',
        replacement: { apiVersion: 'storage.k8s.io/v1', availableIn: '1.34' },
        source: LIFECYCLE,
    }),
    ...kinds('networking.k8s.io/v1beta1', ['IPAddress', 'ServiceCIDR'], {
        deprecatedIn: '1.34',
        removedIn: '1.37',
        replacement: { apiVersion: 'networking.k8s.io/v1', availableIn: '1.33' },
        source: LIFECYCLE,
    }),
    ...kinds('certificates.k8s.io/v1alpha1', ['ClusterTrustBundle'], {
        deprecatedIn: '1.34',
        removedIn: '1.37',
        replacement: { apiVersion: 'certificates.k8s.io/v1', availableIn: '1.37' },
        interim: [{ apiVersion: 'certificates.k8s.io/v1beta1', availableIn: '1.33', migration: [] }],
        source: LIFECYCLE,
    }),
    ...draKinds('resource.k8s.io/v1beta1', {
        deprecatedIn: '1.35',
        removedIn: '1.38',
        replacement: DRA_V1,
        source: LIFECYCLE,
    }, false),
    ...kinds('coordination.k8s.io/v1alpha2', ['LeaseCandidate'], {
        deprecatedIn: '1.35',
        removedIn: '1.38',
        replacement: { apiVersion: 'coordination.k8s.io/v1beta1', availableIn: '1.33' },
        source: LIFECYCLE,
    }),
    ...kinds('admissionregistration.k8s.io/v1alpha1', ['MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'], {
        deprecatedIn: '1.35',
        removedIn: '1.38',
        replacement: { apiVersion: 'admissionregistration.k8s.io/v1', availableIn: '1.36' },
        interim: [{ apiVersion: 'admissionregistration.k8s.io/v1beta1', availableIn: '1.34', migration: [] }],
        source: LIFECYCLE,
    }),
    ...kinds('resource.k8s.io/v1beta2', ['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'], {
        deprecatedIn: '1.36',
        removedIn: '1.39',
        replacement: DRA_V1,
        source: LIFECYCLE,
    }),
    ...kinds('coordination.k8s.io/v1beta1', ['LeaseCandidate'], {
        deprecatedIn: '1.36',
        removedIn: '1.39',
        noReplacement: 'no newer LeaseCandidate version is defined yet',
        source: LIFECYCLE,
    }),
    ...kinds('admissionregistration.k8s.io/v1beta1', ['MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'], {
        deprecatedIn: '1.37',
        removedIn: '1.40',
        replacement: { apiVersion: 'admissionregistration.k8s.io/v1', availableIn: '1.36' },
        source: LIFECYCLE,
    }),
    ...kinds('certificates.k8s.io/v1beta1', ['ClusterTrustBundle', 'PodCertificateRequest'], {
        deprecatedIn: '1.37',
        removedIn: '1.40',
        replacement: { apiVersion: 'certificates.k8s.io/v1', availableIn: '1.37' },
        source: LIFECYCLE,
    }),
    ...kinds('storagemigration.k8s.io/v1beta1', ['StorageVersionMigration'], {
        deprecatedIn: '1.37',
        removedIn: '1.40',
        replacement: { apiVersion: 'storagemigration.k8s.io/v1', availableIn: '1.37' },
        source: LIFECYCLE,
    }),
];
const BY_API_VERSION_AND_KIND = new Map(API_LIFECYCLE.map((entry) => [lifecycleKey(entry), entry]));
/**
 * The first release serving each replacement apiVersion/kind, and the older entries it replaces:
 * a manifest written for a newer cluster (networking.k8s.io/v1 Ingress on 1.18) is not served either.
 */
const INTRODUCTIONS = new Map();
for (const entry of API_LIFECYCLE) {
    for (const replacement of [entry.replacement, ...(entry.interim ?? [])]) {
        if (!replacement)
            continue;
        const key = `${replacement.apiVersion}/${entry.kind}`;
        const known = INTRODUCTIONS.get(key);
        if (!known) {
            INTRODUCTIONS.set(key, { availableIn: replacement.availableIn, replaces: [entry] });
            continue;
        }
        known.replaces.push(entry);
        if (compareVersions(tableVersion(replacement.availableIn), tableVersion(known.availableIn)) < 0) {
            known.availableIn = replacement.availableIn;
        }
    }
}
/** When the table knows it: the first release serving apiVersion/kind, and the older versions it replaces. */
function findIntroduction(apiVersion, kind) {
    return INTRODUCTIONS.get(`${apiVersion}/${kind}`);
}
function lifecycleKey(entry) {
    return `${entry.group}/${entry.version}/${entry.kind}`;
}
function findLifecycle(apiVersion, kind) {
    return BY_API_VERSION_AND_KIND.get(`${apiVersion}/${kind}`);
}
function entryApiVersion(entry) {
    return `${entry.group}/${entry.version}`;
}
/** Table versions are 'X.Y' literals checked by the data test, so a bad one is a programming error. */
function tableVersion(text) {
    const version = parseKubeVersion(text);
    if (!version)
        throw new Error(`invalid version '${text}' in the API lifecycle table`);
    return version;
}
/** The API is no longer served at `version`. */
function isRemovedAt(entry, version) {
    return entry.removedIn !== undefined && atLeast(version, tableVersion(entry.removedIn));
}
function isDeprecatedAt(entry, version) {
    return entry.deprecatedIn !== undefined && atLeast(version, tableVersion(entry.deprecatedIn));
}
/** A release after NEWEST_KNOWN_RELEASE: its removals are announced but not released yet. */
function isUnreleased(release) {
    return compareVersions(tableVersion(release), tableVersion(NEWEST_KNOWN_RELEASE)) > 0;
}

;// CONCATENATED MODULE: ./lib/crd/crd.js

const CRD_KIND = 'CustomResourceDefinition';
function isCrdObject(object) {
    if (!isRecord(object))
        return false;
    return (object.kind === CRD_KIND &&
        typeof object.apiVersion === 'string' &&
        object.apiVersion.startsWith('apiextensions.k8s.io/'));
}
function asSchema(value) {
    return isRecord(value) ? value : undefined;
}
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
function strings(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
const VERSION_KNOWN_KEYS = new Set([
    'name',
    'served',
    'storage',
    'deprecated',
    'deprecationWarning',
    'schema',
    'additionalPrinterColumns',
    'subresources',
]);
/** Reads a CRD object; undefined when it is not a CRD or has no name. */
function toCrd(object) {
    if (!isCrdObject(object))
        return undefined;
    const metadata = isRecord(object.metadata) ? object.metadata : {};
    const spec = isRecord(object.spec) ? object.spec : {};
    const names = isRecord(spec.names) ? spec.names : {};
    const name = str(metadata.name);
    if (!name)
        return undefined;
    const group = str(spec.group) ?? '';
    const status = isRecord(object.status) ? object.status : {};
    // v1beta1: a top-level schema, printer columns and subresources shared by every version.
    const topSchema = isRecord(spec.validation) ? asSchema(spec.validation.openAPIV3Schema) : undefined;
    const versions = [];
    if (Array.isArray(spec.versions)) {
        spec.versions.forEach((entry, index) => {
            if (!isRecord(entry))
                return;
            const versionName = str(entry.name);
            if (!versionName)
                return;
            const own = isRecord(entry.schema) ? asSchema(entry.schema.openAPIV3Schema) : undefined;
            const extra = {};
            for (const [key, value] of Object.entries(entry))
                if (!VERSION_KNOWN_KEYS.has(key))
                    extra[key] = value;
            const warning = str(entry.deprecationWarning);
            const printerColumns = entry.additionalPrinterColumns ?? spec.additionalPrinterColumns;
            const subresources = entry.subresources ?? spec.subresources;
            const schema = own ?? topSchema;
            versions.push({
                name: versionName,
                served: entry.served !== false,
                storage: entry.storage === true,
                deprecated: entry.deprecated === true,
                ...(warning !== undefined ? { deprecationWarning: warning } : {}),
                ...(schema ? { schema } : {}),
                schemaPath: own
                    ? ['spec', 'versions', index, 'schema', 'openAPIV3Schema']
                    : ['spec', 'validation', 'openAPIV3Schema'],
                path: ['spec', 'versions', index],
                ...(printerColumns !== undefined ? { printerColumns } : {}),
                ...(subresources !== undefined ? { subresources } : {}),
                extra,
            });
        });
    }
    else if (typeof spec.version === 'string') {
        versions.push({
            name: spec.version,
            served: true,
            storage: true,
            deprecated: false,
            ...(topSchema ? { schema: topSchema } : {}),
            schemaPath: ['spec', 'validation', 'openAPIV3Schema'],
            path: ['spec', 'version'],
            ...(spec.additionalPrinterColumns !== undefined
                ? { printerColumns: spec.additionalPrinterColumns }
                : {}),
            ...(spec.subresources !== undefined ? { subresources: spec.subresources } : {}),
            extra: {},
        });
    }
    // v1beta1 CRDs with `versions` but no `storage` flags store the first one.
    if (versions.length > 0 && !versions.some((version) => version.storage))
        versions[0].storage = true;
    const singular = str(names.singular);
    const listKind = str(names.listKind);
    return {
        name,
        group,
        kind: str(names.kind) ?? '',
        plural: str(names.plural) ?? '',
        ...(singular !== undefined ? { singular } : {}),
        ...(listKind !== undefined ? { listKind } : {}),
        shortNames: strings(names.shortNames),
        categories: strings(names.categories),
        scope: str(spec.scope) ?? 'Namespaced',
        versions,
        ...(spec.conversion !== undefined ? { conversion: spec.conversion } : {}),
        preserveUnknownFields: spec.preserveUnknownFields === true ||
            (spec.preserveUnknownFields === undefined && object.apiVersion === 'apiextensions.k8s.io/v1beta1'),
        storedVersions: strings(status.storedVersions),
        object,
    };
}
function storageVersion(crd) {
    return crd.versions.find((version) => version.storage);
}
function findVersion(crd, name) {
    return crd.versions.find((version) => version.name === name);
}
/**
 * Kubernetes version priority (what kubectl picks): GA before beta before alpha, higher numbers first,
 * then other names alphabetically.
 */
function compareVersionPriority(a, b) {
    const parse = (name) => {
        const match = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(name);
        if (!match)
            return { rank: 3, major: 0, minor: 0 };
        const stage = match[2] === undefined ? 0 : match[2] === 'beta' ? 1 : 2;
        return { rank: stage, major: Number(match[1]), minor: Number(match[3] ?? 0) };
    };
    const x = parse(a);
    const y = parse(b);
    if (x.rank !== y.rank)
        return x.rank - y.rank;
    if (x.rank === 3)
        return a < b ? -1 : a > b ? 1 : 0;
    return y.major - x.major || y.minor - x.minor;
}
/** The version to move to: the storage version when served and not deprecated, else the best served one. */
function preferredVersion(crd) {
    const storage = storageVersion(crd);
    if (storage?.served && !storage.deprecated)
        return storage;
    return [...crd.versions]
        .filter((version) => version.served && !version.deprecated)
        .sort((a, b) => compareVersionPriority(a.name, b.name))[0];
}
function servedVersionNames(crd) {
    return crd.versions.filter((version) => version.served).map((version) => version.name);
}

;// CONCATENATED MODULE: ./lib/crd/compare.js


const CHANGE_CLASSES = ['breaking', 'risky', 'safe'];
/** Every kind of change, with its class. The ids are stable: JSON output and docs use them. */
const CHANGE_KINDS = {
    // breaking: existing objects, stored data or clients stop working, or the CRD update is rejected
    'crd-removed': 'breaking',
    'version-removed': 'breaking',
    'storage-version-removed': 'breaking',
    'version-unserved': 'breaking',
    'scope-changed': 'breaking',
    'group-changed': 'breaking',
    'kind-changed': 'breaking',
    'plural-changed': 'breaking',
    'field-removed': 'breaking',
    'type-changed': 'breaking',
    'format-changed': 'breaking',
    'field-required': 'breaking',
    'enum-values-removed': 'breaking',
    'enum-added': 'breaking',
    'preserve-unknown-fields-removed': 'breaking',
    // risky: valid today, may fail or behave differently after the upgrade
    'validation-tightened': 'risky',
    'cel-rule-added': 'risky',
    'cel-rule-changed': 'risky',
    'storage-version-changed': 'risky',
    'version-deprecated': 'risky',
    'default-added': 'risky',
    'default-changed': 'risky',
    'default-removed': 'risky',
    'list-type-changed': 'risky',
    'subresources-changed': 'risky',
    'conversion-changed': 'risky',
    'other-change': 'risky',
    // safe: additive or relaxing
    'crd-added': 'safe',
    'version-added': 'safe',
    'version-served': 'safe',
    'version-undeprecated': 'safe',
    'field-added': 'safe',
    'validation-relaxed': 'safe',
    'description-changed': 'safe',
    'printer-columns-changed': 'safe',
    'names-changed': 'safe',
};
/** `[*]` in a path: every item of a list; `.*`: every value of a map. */
const ANY_ITEM = Symbol('[*]');
const ANY_VALUE = Symbol('.*');
const CLASS_RANK = { breaking: 0, risky: 1, safe: 2 };
/** Compares two CRD sets, matched by metadata.name. */
function compareCrdSets(oldCrds, newCrds) {
    const olds = new Map(oldCrds.map((crd) => [crd.name, crd]));
    const news = new Map(newCrds.map((crd) => [crd.name, crd]));
    const names = [...new Set([...olds.keys(), ...news.keys()])].sort(compareText);
    const crds = names.map((name) => compareCrds(olds.get(name), news.get(name)));
    const changes = crds.flatMap((comparison) => comparison.changes);
    return { crds, changes, summary: summarizeChanges(changes) };
}
function summarizeChanges(changes) {
    const summary = { breaking: 0, risky: 0, safe: 0 };
    for (const change of changes)
        summary[change.class]++;
    return summary;
}
/** The most severe class among the changes; undefined when there are none. */
function worstClass(changes) {
    let worst;
    for (const change of changes) {
        if (worst === undefined || CLASS_RANK[change.class] < CLASS_RANK[worst])
            worst = change.class;
    }
    return worst;
}
/** Compares one CRD at two points; either side may be missing (added or removed). */
function compareCrds(oldCrd, newCrd) {
    const name = (newCrd ?? oldCrd)?.name ?? '';
    const out = new Collector(name);
    if (!oldCrd && newCrd) {
        out.add('crd-added', '', undefined, `CRD added (${describeKind(newCrd)})`, { newPath: [] });
    }
    else if (oldCrd && !newCrd) {
        out.add('crd-removed', '', undefined, `CRD removed: if it is deleted from the cluster, every ${oldCrd.kind} in every namespace is deleted with it`, { oldPath: [] });
    }
    else if (oldCrd && newCrd) {
        compareIdentity(oldCrd, newCrd, out);
        compare_compareVersions(oldCrd, newCrd, out);
    }
    out.changes.sort(compareChanges);
    return {
        crd: name,
        ...(oldCrd ? { old: oldCrd } : {}),
        ...(newCrd ? { new: newCrd } : {}),
        changes: out.changes,
    };
}
function describeKind(crd) {
    const versions = crd.versions.map((version) => version.name).join(', ');
    return `${crd.group} ${crd.kind}, ${crd.scope}, versions ${versions || 'none'}`;
}
function compareChanges(a, b) {
    return (compareText(a.crd, b.crd) ||
        CLASS_RANK[a.class] - CLASS_RANK[b.class] ||
        compareText(a.version, b.version) ||
        compareText(a.path, b.path) ||
        compareText(a.change, b.change) ||
        compareText(a.message, b.message));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
class Collector {
    crd;
    changes = [];
    constructor(crd) {
        this.crd = crd;
    }
    add(change, version, segments, message, where) {
        let changeClass = CHANGE_KINDS[change];
        // .status is written by the controller that ships with the CRD, not by manifests: a risk, not a break.
        if (changeClass === 'breaking' && segments?.[0] === 'status') {
            changeClass = 'risky';
            message +=
                ' (in .status, which the controller writes: a risk for the controller, not for your manifests)';
        }
        this.changes.push({
            crd: this.crd,
            version,
            path: segments === undefined ? '' : formatDataPath(segments),
            change,
            class: changeClass,
            message,
            segments: segments ?? [],
            ...(where.newPath ? { newPath: where.newPath } : {}),
            ...(where.oldPath ? { oldPath: where.oldPath } : {}),
        });
    }
}
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;
/** `.spec.rules[*].host`; `.` for the root. */
function formatDataPath(segments) {
    if (segments.length === 0)
        return '.';
    let text = '';
    for (const segment of segments) {
        if (segment === ANY_ITEM)
            text += '[*]';
        else if (segment === ANY_VALUE)
            text += '.*';
        else
            text += PLAIN_KEY.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
    }
    return text;
}
// ---- the CRD as a whole ----
function compareIdentity(oldCrd, newCrd, out) {
    const identity = (kind, label, before, after, path, why) => {
        if (before !== after)
            out.add(kind, '', undefined, `${label} changed from ${quote(before)} to ${quote(after)}: ${why}`, {
                newPath: path,
                oldPath: path,
            });
    };
    const immutable = 'the API server rejects this update; the CRD must be deleted and re-created, which deletes every custom resource of it';
    identity('scope-changed', 'scope', oldCrd.scope, newCrd.scope, ['spec', 'scope'], immutable);
    identity('group-changed', 'group', oldCrd.group, newCrd.group, ['spec', 'group'], immutable);
    identity('kind-changed', 'kind', oldCrd.kind, newCrd.kind, ['spec', 'names', 'kind'], immutable);
    identity('plural-changed', 'plural', oldCrd.plural, newCrd.plural, ['spec', 'names', 'plural'], immutable);
    const names = [];
    const listChange = (label, before, after) => {
        const removed = before.filter((item) => !after.includes(item));
        const added = after.filter((item) => !before.includes(item));
        if (removed.length > 0)
            names.push(`${label} removed: ${removed.join(', ')}`);
        if (added.length > 0)
            names.push(`${label} added: ${added.join(', ')}`);
    };
    if ((oldCrd.singular ?? '') !== (newCrd.singular ?? ''))
        names.push(`singular ${quote(oldCrd.singular ?? '')} -> ${quote(newCrd.singular ?? '')}`);
    if ((oldCrd.listKind ?? '') !== (newCrd.listKind ?? ''))
        names.push(`listKind ${quote(oldCrd.listKind ?? '')} -> ${quote(newCrd.listKind ?? '')}`);
    listChange('short names', oldCrd.shortNames, newCrd.shortNames);
    listChange('categories', oldCrd.categories, newCrd.categories);
    if (names.length > 0)
        out.add('names-changed', '', undefined, `names changed: ${names.join('; ')}`, {
            newPath: ['spec', 'names'],
            oldPath: ['spec', 'names'],
        });
    if (oldCrd.preserveUnknownFields && !newCrd.preserveUnknownFields) {
        out.add('preserve-unknown-fields-removed', '', undefined, 'spec.preserveUnknownFields is now false: fields not in the schema are pruned from every object on its next write', { newPath: ['spec'], oldPath: ['spec', 'preserveUnknownFields'] });
    }
    else if (!oldCrd.preserveUnknownFields && newCrd.preserveUnknownFields) {
        out.add('validation-relaxed', '', undefined, 'spec.preserveUnknownFields is now true: unknown fields are kept', {
            newPath: ['spec', 'preserveUnknownFields'],
        });
    }
    if (!deepEqual(oldCrd.conversion, newCrd.conversion)) {
        out.add('conversion-changed', '', undefined, `conversion changed (${describeConversion(oldCrd.conversion)} -> ${describeConversion(newCrd.conversion)}): reads and writes at a non-storage version go through it`, { newPath: ['spec', 'conversion'], oldPath: ['spec', 'conversion'] });
    }
}
function describeConversion(conversion) {
    if (!isRecord(conversion))
        return 'None';
    return typeof conversion.strategy === 'string' ? conversion.strategy : 'None';
}
// ---- versions ----
function compare_compareVersions(oldCrd, newCrd, out) {
    const oldStorage = storageVersion(oldCrd);
    const newStorage = storageVersion(newCrd);
    for (const oldVersion of oldCrd.versions) {
        const newVersion = findVersion(newCrd, oldVersion.name);
        if (!newVersion) {
            removedVersion(oldCrd, oldVersion, newCrd, out);
            continue;
        }
        compareVersion(oldVersion, newVersion, out);
    }
    for (const newVersion of newCrd.versions) {
        if (findVersion(oldCrd, newVersion.name))
            continue;
        const flags = [newVersion.served ? 'served' : 'not served', newVersion.storage ? 'storage' : ''];
        out.add('version-added', newVersion.name, undefined, `version ${newVersion.name} added (${flags.filter(Boolean).join(', ')})`, {
            newPath: newVersion.path,
        });
    }
    if (oldStorage && newStorage && oldStorage.name !== newStorage.name) {
        out.add('storage-version-changed', newStorage.name, undefined, `storage version moves from ${oldStorage.name} to ${newStorage.name}: objects already stored stay at ${oldStorage.name} until rewritten (no automatic migration), and ${oldStorage.name} stays in status.storedVersions`, { newPath: [...newStorage.path, 'storage'], oldPath: [...oldStorage.path, 'storage'] });
    }
}
function removedVersion(oldCrd, version, newCrd, out) {
    const stored = version.storage || oldCrd.storedVersions.includes(version.name);
    const where = { newPath: ['spec', 'versions'], oldPath: version.path };
    if (stored) {
        out.add('storage-version-removed', version.name, undefined, `version ${version.name} removed, and it was the storage version: objects stored at it remain in etcd and ${version.name} is in status.storedVersions, so the API server rejects the new CRD until storage is migrated and status.storedVersions no longer lists ${version.name}`, where);
        return;
    }
    const served = version.served
        ? `clients and manifests using ${newCrd.group}/${version.name} get "no matches for kind ${newCrd.kind}"`
        : 'it was not served; if it was ever the storage version, objects stored at it block the update until migrated';
    out.add('version-removed', version.name, undefined, `version ${version.name} removed: ${served}`, where);
}
function compareVersion(oldVersion, newVersion, out) {
    const name = newVersion.name;
    const where = (key) => ({ newPath: [...newVersion.path, key], oldPath: [...oldVersion.path, key] });
    if (oldVersion.served && !newVersion.served) {
        out.add('version-unserved', name, undefined, `version ${name} is no longer served: clients and manifests using it get "no matches for kind"`, where('served'));
    }
    else if (!oldVersion.served && newVersion.served) {
        out.add('version-served', name, undefined, `version ${name} is served again`, where('served'));
    }
    if (!oldVersion.deprecated && newVersion.deprecated) {
        const warning = newVersion.deprecationWarning ? `: "${newVersion.deprecationWarning}"` : '';
        out.add('version-deprecated', name, undefined, `version ${name} is now deprecated${warning}; every request to it returns a warning, and a later release may remove it`, where('deprecated'));
    }
    else if (oldVersion.deprecated && !newVersion.deprecated) {
        out.add('version-undeprecated', name, undefined, `version ${name} is no longer deprecated`, where('deprecated'));
    }
    else if (oldVersion.deprecated &&
        (oldVersion.deprecationWarning ?? '') !== (newVersion.deprecationWarning ?? '')) {
        out.add('description-changed', name, undefined, `deprecation warning of ${name} changed`, where('deprecationWarning'));
    }
    if (!deepEqual(oldVersion.printerColumns, newVersion.printerColumns)) {
        out.add('printer-columns-changed', name, undefined, `printer columns changed (kubectl get output)`, where('additionalPrinterColumns'));
    }
    if (!deepEqual(oldVersion.subresources, newVersion.subresources)) {
        out.add('subresources-changed', name, undefined, `subresources changed (${describeSubresources(oldVersion.subresources)} -> ${describeSubresources(newVersion.subresources)}): with a status subresource, writes to the main resource ignore status and the reverse`, where('subresources'));
    }
    const extraKeys = new Set([...Object.keys(oldVersion.extra), ...Object.keys(newVersion.extra)]);
    for (const key of [...extraKeys].sort()) {
        if (!deepEqual(oldVersion.extra[key], newVersion.extra[key]))
            out.add('other-change', name, undefined, `${key} changed in version ${name}`, where(key));
    }
    const oldSchema = oldVersion.schema;
    const newSchema = newVersion.schema;
    if (oldSchema && newSchema) {
        new SchemaComparer(out, name).compare(oldSchema, newSchema, {
            segments: [],
            oldPath: oldVersion.schemaPath,
            newPath: newVersion.schemaPath,
        });
    }
    else if (!oldSchema && newSchema) {
        out.add('validation-tightened', name, [], `a schema is added to ${name}: objects are validated and unknown fields pruned`, {
            newPath: newVersion.schemaPath,
        });
    }
    else if (oldSchema && !newSchema) {
        out.add('validation-relaxed', name, [], `the schema of ${name} is removed: no validation`, {
            newPath: newVersion.path,
            oldPath: oldVersion.schemaPath,
        });
    }
}
function describeSubresources(subresources) {
    if (!isRecord(subresources))
        return 'none';
    const keys = Object.keys(subresources).sort();
    return keys.length > 0 ? keys.join(', ') : 'none';
}
/** Keywords the comparer understands; any other difference is reported as `other-change` (fail closed). */
const HANDLED = new Set([
    'type',
    'format',
    'description',
    'title',
    'example',
    'externalDocs',
    'enum',
    'default',
    'nullable',
    'pattern',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'multipleOf',
    'minLength',
    'maxLength',
    'minItems',
    'maxItems',
    'uniqueItems',
    'minProperties',
    'maxProperties',
    'required',
    'properties',
    'additionalProperties',
    'items',
    'allOf',
    'anyOf',
    'oneOf',
    'not',
    'x-kubernetes-preserve-unknown-fields',
    'x-kubernetes-int-or-string',
    'x-kubernetes-validations',
    'x-kubernetes-list-type',
    'x-kubernetes-list-map-keys',
    'x-kubernetes-map-type',
]);
const LOWER_BOUNDS = ['minimum', 'minLength', 'minItems', 'minProperties'];
const UPPER_BOUNDS = ['maximum', 'maxLength', 'maxItems', 'maxProperties'];
const DESCRIPTIVE = ['description', 'title', 'example', 'externalDocs'];
const WIDENING_FORMATS = { int32: 'int64', float: 'double' };
/** The node's type: `int-or-string` for x-kubernetes-int-or-string, undefined when untyped. */
function schemaType(schema) {
    if (schema['x-kubernetes-int-or-string'] === true)
        return 'int-or-string';
    return typeof schema.type === 'string' ? schema.type : undefined;
}
class SchemaComparer {
    out;
    version;
    constructor(out, version) {
        this.out = out;
        this.version = version;
    }
    add(kind, place, message, key, side = 'both') {
        const newPath = key && side === 'both' ? [...place.newPath, key] : place.newPath;
        const oldPath = key ? [...place.oldPath, key] : place.oldPath;
        this.out.add(kind, this.version, place.segments, message, { newPath, oldPath });
    }
    compare(o, n, place) {
        if (o === n)
            return;
        const oldPreserve = o['x-kubernetes-preserve-unknown-fields'] === true;
        const newPreserve = n['x-kubernetes-preserve-unknown-fields'] === true;
        if (oldPreserve && !newPreserve) {
            this.add('preserve-unknown-fields-removed', place, 'x-kubernetes-preserve-unknown-fields removed: fields not in the schema here are pruned on the next write (data loss)', 'x-kubernetes-preserve-unknown-fields', 'old');
        }
        else if (!oldPreserve && newPreserve) {
            this.add('validation-relaxed', place, 'x-kubernetes-preserve-unknown-fields added: unknown fields are kept', 'x-kubernetes-preserve-unknown-fields');
        }
        if (!this.compareType(o, n, place))
            return;
        this.compareFormat(o, n, place);
        this.compareDescriptive(o, n, place);
        this.compareEnum(o, n, place);
        this.compareDefault(o, n, place);
        this.compareBounds(o, n, place);
        this.compareCel(o, n, place);
        this.compareListTypes(o, n, place);
        this.compareRequired(o, n, place, newPreserve);
        this.compareProperties(o, n, place, newPreserve);
        this.compareAdditionalProperties(o, n, place, oldPreserve, newPreserve);
        this.compareItems(o, n, place);
        this.compareCombinators(o, n, place);
        for (const key of Object.keys(o))
            if (!HANDLED.has(key) && !deepEqual(o[key], n[key]))
                this.other(key, place);
        for (const key of Object.keys(n))
            if (!HANDLED.has(key) && !(key in o))
                this.other(key, place);
    }
    other(key, place) {
        this.add('other-change', place, `${key} changed`, key);
    }
    /** False when the types are incompatible: nothing below is compared then. */
    compareType(o, n, place) {
        const before = schemaType(o);
        const after = schemaType(n);
        if (before === after)
            return true;
        const key = 'type';
        if (after === undefined) {
            this.add('validation-relaxed', place, `type ${before} removed: any value is accepted`, key);
            return true;
        }
        if (before === undefined) {
            this.add('type-changed', place, `type set to ${after} where any value was accepted: other values are rejected`, key);
            return after === 'object' || after === 'array';
        }
        if ((before === 'integer' && after === 'number') ||
            ((before === 'integer' || before === 'string') && after === 'int-or-string')) {
            this.add('validation-relaxed', place, `type widened from ${before} to ${after}`, key);
            return true;
        }
        this.add('type-changed', place, `type changed from ${before} to ${after}: existing values are invalid`, key);
        return false;
    }
    compareFormat(o, n, place) {
        const before = typeof o.format === 'string' ? o.format : undefined;
        const after = typeof n.format === 'string' ? n.format : undefined;
        if (before === after)
            return;
        if (after === undefined) {
            this.add('validation-relaxed', place, `format ${before} removed`, 'format', 'old');
        }
        else if (before !== undefined && WIDENING_FORMATS[before] === after) {
            this.add('validation-relaxed', place, `format widened from ${before} to ${after}`, 'format');
        }
        else if (before === undefined) {
            this.add('format-changed', place, `format ${after} added`, 'format');
        }
        else {
            this.add('format-changed', place, `format changed from ${before} to ${after}`, 'format');
        }
    }
    compareDescriptive(o, n, place) {
        const changed = DESCRIPTIVE.filter((key) => !deepEqual(o[key], n[key]));
        if (changed.length === 0)
            return;
        const key = changed[0];
        this.add('description-changed', place, `${changed.join(', ')} changed`, key in n ? key : undefined);
    }
    compareEnum(o, n, place) {
        const before = Array.isArray(o.enum) ? o.enum : undefined;
        const after = Array.isArray(n.enum) ? n.enum : undefined;
        if (!before && !after)
            return;
        if (!before && after) {
            this.add('enum-added', place, `enum added (${formatValues(after)}): any other value is rejected`, 'enum');
            return;
        }
        if (before && !after) {
            this.add('validation-relaxed', place, `enum removed: any value is accepted`, 'enum', 'old');
            return;
        }
        const afterKeys = new Set(after.map((value) => JSON.stringify(value)));
        const beforeKeys = new Set(before.map((value) => JSON.stringify(value)));
        const removed = before.filter((value) => !afterKeys.has(JSON.stringify(value)));
        const added = after.filter((value) => !beforeKeys.has(JSON.stringify(value)));
        if (removed.length > 0)
            this.add('enum-values-removed', place, `enum values removed: ${formatValues(removed)}: objects using them are invalid`, 'enum');
        if (added.length > 0)
            this.add('validation-relaxed', place, `enum values added: ${formatValues(added)}`, 'enum');
    }
    compareDefault(o, n, place) {
        const had = 'default' in o;
        const has = 'default' in n;
        if (!had && !has)
            return;
        if (!had) {
            this.add('default-added', place, `default ${formatValue(n.default)} added: applied to existing objects when read`, 'default');
        }
        else if (!has) {
            this.add('default-removed', place, `default ${formatValue(o.default)} removed: objects without the field no longer get it`, 'default', 'old');
        }
        else if (!deepEqual(o.default, n.default)) {
            this.add('default-changed', place, `default changed from ${formatValue(o.default)} to ${formatValue(n.default)}: existing objects without the field read the new value`, 'default');
        }
    }
    compareBounds(o, n, place) {
        const tightened = [];
        const relaxed = [];
        let tightKey;
        const num = (schema, key) => typeof schema[key] === 'number' ? schema[key] : undefined;
        for (const key of LOWER_BOUNDS) {
            const before = num(o, key);
            const after = num(n, key);
            if (before === after)
                continue;
            if (after !== undefined && (before === undefined || after > before)) {
                tightened.push(before === undefined ? `${key} ${after} added` : `${key} raised from ${before} to ${after}`);
                tightKey ??= key;
            }
            else {
                relaxed.push(after === undefined ? `${key} removed` : `${key} lowered from ${before} to ${after}`);
            }
        }
        for (const key of UPPER_BOUNDS) {
            const before = num(o, key);
            const after = num(n, key);
            if (before === after)
                continue;
            if (after !== undefined && (before === undefined || after < before)) {
                tightened.push(before === undefined ? `${key} ${after} added` : `${key} lowered from ${before} to ${after}`);
                tightKey ??= key;
            }
            else {
                relaxed.push(after === undefined ? `${key} removed` : `${key} raised from ${before} to ${after}`);
            }
        }
        for (const key of ['exclusiveMinimum', 'exclusiveMaximum', 'uniqueItems', 'nullable']) {
            const before = o[key] === true;
            const after = n[key] === true;
            if (before === after)
                continue;
            // nullable works the other way round: dropping it tightens
            const tighter = key === 'nullable' ? before : after;
            const text = `${key} ${after ? 'added' : 'removed'}${key === 'nullable' && before ? ': null values are dropped' : ''}`;
            if (tighter) {
                tightened.push(text);
                tightKey ??= key;
            }
            else
                relaxed.push(text);
        }
        const beforeMultiple = num(o, 'multipleOf');
        const afterMultiple = num(n, 'multipleOf');
        if (beforeMultiple !== afterMultiple) {
            if (afterMultiple === undefined)
                relaxed.push('multipleOf removed');
            else {
                tightened.push(`multipleOf ${afterMultiple}`);
                tightKey ??= 'multipleOf';
            }
        }
        const beforePattern = typeof o.pattern === 'string' ? o.pattern : undefined;
        const afterPattern = typeof n.pattern === 'string' ? n.pattern : undefined;
        if (beforePattern !== afterPattern) {
            if (afterPattern === undefined)
                relaxed.push(`pattern ${JSON.stringify(beforePattern)} removed`);
            else {
                tightened.push(beforePattern === undefined
                    ? `pattern ${JSON.stringify(afterPattern)} added`
                    : `pattern changed from ${JSON.stringify(beforePattern)} to ${JSON.stringify(afterPattern)}`);
                tightKey ??= 'pattern';
            }
        }
        if (tightened.length > 0)
            this.add('validation-tightened', place, `validation tightened: ${tightened.join('; ')}: objects outside it fail their next change`, tightKey);
        if (relaxed.length > 0)
            this.add('validation-relaxed', place, `validation relaxed: ${relaxed.join('; ')}`);
    }
    compareCel(o, n, place) {
        const before = celRules(o);
        const after = celRules(n);
        if (before.length === 0 && after.length === 0)
            return;
        const key = 'x-kubernetes-validations';
        const beforeByRule = new Map(before.map((rule) => [rule.rule, rule]));
        const afterByRule = new Map(after.map((rule) => [rule.rule, rule]));
        const added = after.filter((rule) => !beforeByRule.has(rule.rule));
        const removed = before.filter((rule) => !afterByRule.has(rule.rule));
        for (const rule of after) {
            const old = beforeByRule.get(rule.rule);
            if (!old)
                continue;
            if (old.optionalOldSelf !== rule.optionalOldSelf) {
                this.add('cel-rule-changed', place, `CEL rule ${JSON.stringify(rule.rule)}: optionalOldSelf changed`, key);
            }
            else if (!deepEqual(old.raw, rule.raw)) {
                this.add('description-changed', place, `CEL rule ${JSON.stringify(rule.rule)}: message or reason changed`, key);
            }
        }
        const pairs = Math.min(added.length, removed.length);
        for (let index = 0; index < pairs; index++) {
            this.add('cel-rule-changed', place, `CEL rule changed from ${JSON.stringify(removed[index].rule)} to ${JSON.stringify(added[index].rule)}${transition(added[index].rule)}`, key);
        }
        for (const rule of added.slice(pairs))
            this.add('cel-rule-added', place, `CEL rule added: ${JSON.stringify(rule.rule)}${transition(rule.rule)}`, key);
        for (const rule of removed.slice(pairs))
            this.add('validation-relaxed', place, `CEL rule removed: ${JSON.stringify(rule.rule)}`, key, 'old');
    }
    compareListTypes(o, n, place) {
        for (const key of [
            'x-kubernetes-list-type',
            'x-kubernetes-list-map-keys',
            'x-kubernetes-map-type',
        ]) {
            if (deepEqual(o[key], n[key]))
                continue;
            this.add('list-type-changed', place, `${key} changed from ${formatValue(o[key])} to ${formatValue(n[key])}: server-side apply merges this field differently, and list-type checks are not ratcheted`, key in n ? key : undefined);
        }
    }
    compareRequired(o, n, place, newPreserve) {
        const before = new Set(compare_stringList(o.required));
        const after = compare_stringList(n.required);
        const properties = asSchema(n.properties);
        after.forEach((name, index) => {
            if (before.has(name))
                return;
            const property = properties ? asSchema(properties[name]) : undefined;
            const defaulted = property && 'default' in property ? ' (it has a default, applied when missing)' : '';
            this.out.add('field-required', this.version, [...place.segments, name], `field is now required${defaulted}: objects without it are rejected on their next write (required is never ratcheted)`, { newPath: [...place.newPath, 'required', index], oldPath: place.oldPath });
        });
        const afterSet = new Set(after);
        const oldProperties = asSchema(o.properties);
        for (const name of before) {
            if (afterSet.has(name))
                continue;
            // a removed field is reported as removed, not as no longer required
            if (oldProperties && name in oldProperties && !(properties && name in properties) && !newPreserve)
                continue;
            this.out.add('validation-relaxed', this.version, [...place.segments, name], 'field is no longer required', {
                newPath: properties && name in properties ? [...place.newPath, 'properties', name] : place.newPath,
                oldPath: [...place.oldPath, 'required'],
            });
        }
    }
    compareProperties(o, n, place, newPreserve) {
        const before = asSchema(o.properties);
        const after = asSchema(n.properties);
        if (!before && !after)
            return;
        const oldBase = [...place.oldPath, 'properties'];
        const newBase = [...place.newPath, 'properties'];
        if (before) {
            for (const name of Object.keys(before)) {
                const oldChild = asSchema(before[name]);
                if (!oldChild)
                    continue;
                const newChild = after ? asSchema(after[name]) : undefined;
                const segments = [...place.segments, name];
                if (!newChild) {
                    if (newPreserve) {
                        this.out.add('validation-relaxed', this.version, segments, 'field no longer in the schema; x-kubernetes-preserve-unknown-fields keeps its data, unvalidated', { newPath: place.newPath, oldPath: [...oldBase, name] });
                    }
                    else {
                        this.out.add('field-removed', this.version, segments, 'field removed: its data is pruned from each object on the next write, and kubectl (strict field validation) rejects manifests that set it', { newPath: after ? newBase : place.newPath, oldPath: [...oldBase, name] });
                    }
                    continue;
                }
                this.compare(oldChild, newChild, {
                    segments,
                    oldPath: [...oldBase, name],
                    newPath: [...newBase, name],
                });
            }
        }
        if (after) {
            for (const name of Object.keys(after)) {
                if (before && name in before)
                    continue;
                const newChild = asSchema(after[name]);
                if (!newChild)
                    continue;
                const type = schemaType(newChild);
                this.out.add('field-added', this.version, [...place.segments, name], `field added${type ? ` (${type})` : ''}`, {
                    newPath: [...newBase, name],
                });
            }
        }
    }
    compareAdditionalProperties(o, n, place, oldPreserve, newPreserve) {
        const before = o.additionalProperties;
        const after = n.additionalProperties;
        if (before === undefined && after === undefined)
            return;
        const oldSchema = asSchema(before);
        const newSchema = asSchema(after);
        const segments = [...place.segments, ANY_VALUE];
        const key = 'additionalProperties';
        if (oldSchema && newSchema) {
            this.compare(oldSchema, newSchema, {
                segments,
                oldPath: [...place.oldPath, key],
                newPath: [...place.newPath, key],
            });
        }
        else if (oldSchema || before === true) {
            if (newSchema || after === true)
                return;
            if (newPreserve) {
                this.out.add('validation-relaxed', this.version, segments, 'map values no longer in the schema; kept unvalidated', {
                    newPath: place.newPath,
                    oldPath: [...place.oldPath, key],
                });
            }
            else {
                this.out.add('field-removed', this.version, segments, 'map entries are no longer allowed: they are pruned on the next write', {
                    newPath: place.newPath,
                    oldPath: [...place.oldPath, key],
                });
            }
        }
        else if (newSchema || after === true) {
            if (oldPreserve) {
                this.out.add('validation-tightened', this.version, segments, 'map values are now validated', {
                    newPath: [...place.newPath, key],
                    oldPath: place.oldPath,
                });
            }
            else {
                this.out.add('field-added', this.version, segments, 'map entries are now allowed', {
                    newPath: [...place.newPath, key],
                });
            }
        }
        else if (!deepEqual(before, after)) {
            this.other(key, place);
        }
    }
    compareItems(o, n, place) {
        if (o.items === undefined && n.items === undefined)
            return;
        const oldItems = asSchema(o.items);
        const newItems = asSchema(n.items);
        if (oldItems && newItems) {
            this.compare(oldItems, newItems, {
                segments: [...place.segments, ANY_ITEM],
                oldPath: [...place.oldPath, 'items'],
                newPath: [...place.newPath, 'items'],
            });
        }
        else if (!deepEqual(o.items, n.items)) {
            if (!newItems && n.items === undefined)
                this.add('validation-relaxed', place, 'items schema removed: any list item is accepted', undefined);
            else
                this.other('items', place);
        }
    }
    compareCombinators(o, n, place) {
        for (const key of ['allOf', 'anyOf', 'oneOf', 'not']) {
            const before = typeOnlyAlternatives(o, key) ? undefined : o[key];
            const after = typeOnlyAlternatives(n, key) ? undefined : n[key];
            if (deepEqual(before, after))
                continue;
            if (before === undefined) {
                this.add('validation-tightened', place, `${key} constraint added: objects that do not satisfy it fail their next change`, key);
                continue;
            }
            if (after === undefined) {
                this.add('validation-relaxed', place, `${key} constraint removed`, key, 'old');
                continue;
            }
            if (Array.isArray(before) && Array.isArray(after) && (key === 'allOf' || key === 'anyOf')) {
                const beforeSet = new Set(before.map((item) => JSON.stringify(item)));
                const afterSet = new Set(after.map((item) => JSON.stringify(item)));
                const onlyAdded = [...beforeSet].every((item) => afterSet.has(item));
                const onlyRemoved = [...afterSet].every((item) => beforeSet.has(item));
                // allOf: more branches is tighter; anyOf: more alternatives is looser
                if (onlyAdded || onlyRemoved) {
                    const tighter = key === 'allOf' ? onlyAdded : onlyRemoved;
                    const verb = onlyAdded ? 'added to' : 'removed from';
                    if (tighter)
                        this.add('validation-tightened', place, `alternatives ${verb} ${key}: objects that do not satisfy it fail their next change`, key);
                    else
                        this.add('validation-relaxed', place, `alternatives ${verb} ${key}`, key);
                    continue;
                }
            }
            this.add('validation-tightened', place, `${key} constraint changed: objects that do not satisfy it fail their next change`, key);
        }
    }
}
/** The anyOf [{type: integer}, {type: string}] that goes with x-kubernetes-int-or-string: part of the type. */
function typeOnlyAlternatives(schema, key) {
    if (key !== 'anyOf' || schema['x-kubernetes-int-or-string'] !== true)
        return false;
    const alternatives = schema.anyOf;
    return (Array.isArray(alternatives) &&
        alternatives.every((item) => isRecord(item) && Object.keys(item).every((k) => k === 'type')));
}
function celRules(schema) {
    const rules = schema['x-kubernetes-validations'];
    if (!Array.isArray(rules))
        return [];
    const out = [];
    for (const rule of rules) {
        if (isRecord(rule) && typeof rule.rule === 'string')
            out.push({ rule: rule.rule, optionalOldSelf: rule.optionalOldSelf === true, raw: rule });
    }
    return out;
}
function transition(rule) {
    return /\boldSelf\b/.test(rule) ? ' (a transition rule: never ratcheted)' : '';
}
function compare_stringList(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
function quote(text) {
    return JSON.stringify(text);
}
const VALUE_MAX = 80;
function formatValue(value) {
    if (value === undefined)
        return '(none)';
    const text = JSON.stringify(value) ?? String(value);
    return text.length > VALUE_MAX ? `${text.slice(0, VALUE_MAX - 1)}…` : text;
}
function formatValues(values) {
    return values.map((value) => formatValue(value)).join(', ');
}
/** Structural equality of plain data (YAML/JSON values). */
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
        return a instanceof Date || b instanceof Date ? String(a) === String(b) : false;
    }
    if (a instanceof Date || b instanceof Date)
        return String(a) === String(b);
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let index = 0; index < a.length; index++)
            if (!deepEqual(a[index], b[index]))
                return false;
        return true;
    }
    if (Array.isArray(b))
        return false;
    const x = a;
    const y = b;
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length)
        return false;
    for (const key of keys) {
        if (!Object.prototype.hasOwnProperty.call(y, key) || !deepEqual(x[key], y[key]))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./lib/crd/load.js
// Reading CRD sets from YAML text, files or directories (multi-document YAML, `kind: List` items).








const load_MAX_ALIAS_COUNT = 1000;
/** The CRDs of one YAML text. Throws a UserError naming the file and line on invalid YAML. */
function crdsFromYaml(text, file) {
    if (text.length > MAX_FILE_BYTES)
        throw new UserError(`${file}: file is too large (${text.length} bytes)`);
    const crds = [];
    for (const doc of (0,dist/* parseAllDocuments */.hR)(text, { ...KUBERNETES_YAML, uniqueKeys: true, prettyErrors: true })) {
        const error = doc.errors[0];
        if (error) {
            const line = error.linePos?.[0]?.line;
            throw new UserError(`${file}${line ? `:${line}` : ''}: invalid YAML: ${error.message.split('\n')[0]}`);
        }
        const object = doc.toJS({ maxAliasCount: load_MAX_ALIAS_COUNT });
        for (const item of load_listItems(object)) {
            const crd = toCrd(item);
            if (crd)
                crds.push(crd);
        }
    }
    return crds;
}
function load_listItems(object) {
    if (isRecord(object) &&
        typeof object.kind === 'string' &&
        object.kind.endsWith('List') &&
        Array.isArray(object.items))
        return object.items;
    return [object];
}
const YAML_FILE = /\.(ya?ml|json)$/i;
/**
 * A CRD file, or every YAML/JSON file of a directory (not its subdirectories), in name order. Files that
 * hold no CRD (a kustomization.yaml) are skipped; a path with no CRD at all is an error.
 */
async function loadCrdPath(path, options = {}) {
    const show = (file) => {
        if (!options.relativeTo)
            return file;
        const rel = (0,external_node_path_namespaceObject.relative)(options.relativeTo, file);
        return rel === '' ? '.' : rel.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(rel) ? file : rel;
    };
    const info = await (0,promises_namespaceObject.stat)(path).catch(() => undefined);
    if (!info)
        throw new UserError(`no such file or directory: ${show(path)}`);
    const files = [];
    if (info.isDirectory()) {
        const entries = await (0,promises_namespaceObject.readdir)(path, { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (entry.isFile() && YAML_FILE.test(entry.name))
                files.push((0,external_node_path_namespaceObject.join)(path, entry.name));
        }
    }
    else {
        files.push(path);
    }
    const byName = new Map();
    const warnings = [];
    for (const file of files) {
        for (const crd of crdsFromYaml(await (0,promises_namespaceObject.readFile)(file, 'utf8'), show(file))) {
            const previous = byName.get(crd.name);
            if (previous && JSON.stringify(previous.object.spec) !== JSON.stringify(crd.object.spec)) {
                warnings.push(`CRD ${crd.name} is defined more than once in ${show(path)} with different specs; the last one is used`);
            }
            byName.set(crd.name, crd);
        }
    }
    if (byName.size === 0)
        throw new UserError(`no CustomResourceDefinition found in ${show(path)}`);
    return { crds: [...byName.values()], warnings };
}

;// CONCATENATED MODULE: ./lib/crd/known-tools.js
/** Client-side `kubectl apply` keeps the whole object in this annotation, limited to 256 KiB. */
const LAST_APPLIED_LIMIT_BYTES = 262144;
function parseSemVer(text) {
    const match = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(text.trim());
    if (!match)
        return undefined;
    return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}
const ARGO_CD = {
    id: 'argo-cd',
    name: 'Argo CD',
    groups: ['argoproj.io'],
    image: /(^|\/)argoproj\/argocd$/,
    crdSources(appVersion) {
        const version = parseSemVer(appVersion);
        // Before v2.4 the ApplicationSet CRD was not in manifests/crds (v2.3 pulled it into install.yaml).
        if (version && version.major === 2 && version.minor < 4)
            return [{ repo: 'argoproj/argo-cd', paths: ['manifests/install.yaml'] }];
        return [
            {
                repo: 'argoproj/argo-cd',
                paths: [
                    'manifests/crds/application-crd.yaml',
                    'manifests/crds/applicationset-crd.yaml',
                    'manifests/crds/appproject-crd.yaml',
                ],
                kustomize: `https://github.com/argoproj/argo-cd/manifests/crds?ref=${appVersion}`,
            },
        ];
    },
    // argo-helm's chart versions follow their own line; the chart's Chart.yaml appVersion tells.
    appVersionOfChart: () => undefined,
    upgradeCommand: (appVersion) => `kubectl apply --server-side --force-conflicts -k "https://github.com/argoproj/argo-cd/manifests/crds?ref=${appVersion}"`,
    facts(crd, sizeBytes) {
        const facts = [
            'Argo CD CRDs are shared by every Argo CD instance in the cluster, namespaced installs included: upgrading them for one instance changes them for all.',
            'The argo-cd Helm chart (argo-helm, 5.2.0 and later) keeps its CRDs in templates/ and upgrades them with the release; Argo CD itself applies chart CRDs on sync.',
        ];
        if (crd.name === 'applicationsets.argoproj.io' && sizeBytes > LAST_APPLIED_LIMIT_BYTES) {
            facts.push(`The ApplicationSet CRD (${sizeBytes} bytes as JSON) exceeds the ${LAST_APPLIED_LIMIT_BYTES}-byte limit of client-side apply since v3.3 ("metadata.annotations: Too long"): apply it server-side, and give a self-managed Argo CD syncOptions: [ServerSideApply=true].`);
        }
        return facts;
    },
};
const AWS_LOAD_BALANCER_CONTROLLER = {
    id: 'aws-load-balancer-controller',
    name: 'AWS Load Balancer Controller',
    groups: ['elbv2.k8s.aws', 'gateway.k8s.aws', 'aga.k8s.aws'],
    image: /(^|\/)(eks\/|amazon\/)?aws-load-balancer-controller$/,
    crdSources(appVersion) {
        const version = parseSemVer(appVersion);
        const paths = ['helm/aws-load-balancer-controller/crds/crds.yaml'];
        const atLeast = (major, minor, patch = 0) => version !== undefined && (version.major - major || version.minor - minor || version.patch - patch) >= 0;
        if (atLeast(2, 13, 4))
            paths.push('helm/aws-load-balancer-controller/crds/gateway-crds.yaml');
        if (atLeast(2, 14, 1) && !atLeast(2, 17, 1))
            paths.push('helm/aws-load-balancer-controller/crds/aga-crds.yaml');
        return [
            {
                repo: 'kubernetes-sigs/aws-load-balancer-controller',
                paths,
                // the chart's crds/kustomization.yaml lists crds.yaml only: no Gateway CRDs this way
                kustomize: `github.com/kubernetes-sigs/aws-load-balancer-controller//helm/aws-load-balancer-controller/crds?ref=${appVersion}`,
            },
        ];
    },
    appVersionOfChart(chartVersion) {
        const version = parseSemVer(chartVersion);
        if (!version)
            return undefined;
        if (version.major === 1)
            return `v2.${version.minor}.${version.patch}`;
        if (version.major >= 3)
            return `v${version.major}.${version.minor}.${version.patch}`;
        return undefined;
    },
    upgradeCommand: (appVersion) => `kubectl apply --server-side -f https://raw.githubusercontent.com/kubernetes-sigs/aws-load-balancer-controller/${appVersion}/helm/aws-load-balancer-controller/crds/crds.yaml` +
        ` (and gateway-crds.yaml when you use the Gateway API)`,
    facts(crd) {
        const facts = [
            'The aws-load-balancer-controller chart keeps its CRDs in crds/: `helm install` creates them, `helm upgrade` never upgrades them (apply them yourself); Argo CD applies them on sync, Flux only with upgrade.crds: CreateReplace.',
            "The chart's crds/kustomization.yaml lists crds.yaml only: a kustomize install leaves out the Gateway CRDs (gateway-crds.yaml).",
        ];
        if (crd.name === 'ingressclassparams.elbv2.k8s.aws')
            facts.push('IngressClassParams is cluster-scoped and shared by every IngressClass and ALB group: a change reaches every ALB in the cluster.');
        return facts;
    },
};
const KNOWN_TOOLS = [ARGO_CD, AWS_LOAD_BALANCER_CONTROLLER];
function knownToolForGroup(group) {
    return KNOWN_TOOLS.find((tool) => tool.groups.includes(group));
}
function knownToolForImage(repository) {
    return KNOWN_TOOLS.find((tool) => tool.image.test(repository));
}
/** `quay.io/argoproj/argocd:v3.1.0@sha256:…` -> repository, tag and digest. */
function parseImage(image) {
    let rest = image.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    const colon = rest.lastIndexOf(':');
    const slash = rest.lastIndexOf('/');
    if (colon > slash) {
        return { repository: rest.slice(0, colon), tag: rest.slice(colon + 1), ...(digest ? { digest } : {}) };
    }
    return { repository: rest, ...(digest ? { digest } : {}) };
}

;// CONCATENATED MODULE: ./lib/crd/validate.js



const DEFAULT_MAX_ERRORS = 50;
const ROOT_FIELDS = new Set(['apiVersion', 'kind', 'metadata']);
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Validates a custom resource (the whole object) against one version of its CRD. */
function validateCustomResource(object, version, options = {}) {
    const validator = new Validator(options.maxErrors ?? DEFAULT_MAX_ERRORS);
    validator.metadata(object.metadata, version.schema);
    if (version.schema)
        validator.validate(object, version.schema, [], true);
    return validator.errors;
}
/** Validates any value against a schema node (structural: unknown fields are errors). */
function validateValue(value, schema, options = {}) {
    const validator = new Validator(options.maxErrors ?? DEFAULT_MAX_ERRORS);
    validator.validate(value, schema, [], true);
    return validator.errors;
}
function formatFieldPath(path) {
    if (path.length === 0)
        return '.';
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${segment}]`;
        else
            text += /^[A-Za-z_$][\w$-]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
    }
    return text;
}
class Validator {
    max;
    errors = [];
    constructor(max) {
        this.max = max;
    }
    full() {
        return this.errors.length >= this.max;
    }
    error(path, constraint, message) {
        if (this.full())
            return;
        this.errors.push({ path, field: formatFieldPath(path), constraint, message });
    }
    /** metadata: only name and generateName are checked, as the API server does for custom resources. */
    metadata(metadata, root) {
        if (!isRecord(metadata)) {
            this.error(['metadata'], 'required', 'metadata.name is required');
            return;
        }
        const schema = root ? asSchema(asSchema(root.properties)?.metadata) : undefined;
        const properties = schema ? asSchema(schema.properties) : undefined;
        for (const key of ['name', 'generateName']) {
            const value = metadata[key];
            if (value === undefined || value === null)
                continue;
            const path = ['metadata', key];
            if (typeof value !== 'string') {
                this.error(path, 'type', `must be a string, got ${describeType(value)}`);
                continue;
            }
            const own = properties ? asSchema(properties[key]) : undefined;
            if (own)
                this.validate(value, own, path, false);
            if (key === 'name' && !isTemplated(value)) {
                if (value.length > 253)
                    this.error(path, 'maxLength', 'must be no more than 253 characters (DNS subdomain)');
                else if (!DNS_SUBDOMAIN.test(value))
                    this.error(path, 'pattern', `${JSON.stringify(value)} is not a valid name: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (DNS subdomain)`);
            }
        }
        if (metadata.name === undefined && metadata.generateName === undefined)
            this.error(['metadata'], 'required', 'metadata.name is required');
    }
    /** `structural`: the node defines the shape (unknown fields are errors); false inside allOf/anyOf/oneOf/not. */
    validate(value, schema, path, structural) {
        if (this.full())
            return;
        if (value === null) {
            if (schema.nullable !== true && structural)
                this.error(path, 'nullable', 'must not be null');
            return;
        }
        const type = schemaType(schema);
        if (type !== undefined && !hasType(value, type)) {
            this.error(path, 'type', `must be ${article(type)}, got ${describeType(value)}`);
            return;
        }
        if (Array.isArray(schema.enum) && !schema.enum.some((allowed) => deepEqual(allowed, value))) {
            this.error(path, 'enum', `unsupported value ${formatValue(value)}: supported values: ${schema.enum.map((item) => formatValue(item)).join(', ')}`);
        }
        if (typeof value === 'string')
            this.string(value, schema, path);
        else if (typeof value === 'number')
            this.number(value, schema, path);
        else if (Array.isArray(value))
            this.array(value, schema, path, structural);
        else if (isRecord(value) && !(value instanceof Date))
            this.object(value, schema, path, structural);
        this.combinators(value, schema, path);
    }
    string(value, schema, path) {
        if (isTemplated(value))
            return; // an ApplicationSet or Helm placeholder: checked once rendered
        const length = typeof schema.minLength === 'number' || typeof schema.maxLength === 'number' ? [...value].length : 0;
        if (typeof schema.minLength === 'number' && length < schema.minLength)
            this.error(path, 'minLength', `must be at least ${schema.minLength} characters long, is ${length}`);
        if (typeof schema.maxLength === 'number' && length > schema.maxLength)
            this.error(path, 'maxLength', `must be at most ${schema.maxLength} characters long, is ${length}`);
        if (typeof schema.pattern === 'string') {
            const pattern = compilePattern(schema.pattern);
            if (pattern && !pattern.test(value))
                this.error(path, 'pattern', `${formatValue(value)} does not match the pattern ${JSON.stringify(schema.pattern)}`);
        }
    }
    number(value, schema, path) {
        const { minimum, maximum, multipleOf, format } = schema;
        if (typeof minimum === 'number') {
            const exclusive = schema.exclusiveMinimum === true;
            if (exclusive ? value <= minimum : value < minimum)
                this.error(path, 'minimum', `must be ${exclusive ? 'greater than' : 'at least'} ${minimum}, is ${value}`);
        }
        if (typeof maximum === 'number') {
            const exclusive = schema.exclusiveMaximum === true;
            if (exclusive ? value >= maximum : value > maximum)
                this.error(path, 'maximum', `must be ${exclusive ? 'less than' : 'at most'} ${maximum}, is ${value}`);
        }
        if (typeof multipleOf === 'number' && multipleOf > 0 && !Number.isInteger(value / multipleOf))
            this.error(path, 'multipleOf', `must be a multiple of ${multipleOf}, is ${value}`);
        if (format === 'int32' && Number.isInteger(value) && (value < -2147483648 || value > 2147483647))
            this.error(path, 'format', `${value} is out of the int32 range`);
    }
    array(value, schema, path, structural) {
        if (typeof schema.minItems === 'number' && value.length < schema.minItems)
            this.error(path, 'minItems', `must have at least ${schema.minItems} items, has ${value.length}`);
        if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
            this.error(path, 'maxItems', `must have at most ${schema.maxItems} items, has ${value.length}`);
        const listType = schema['x-kubernetes-list-type'];
        if (schema.uniqueItems === true || listType === 'set') {
            const duplicate = firstDuplicate(value, (item) => item);
            if (duplicate !== undefined)
                this.error([...path, duplicate], listType === 'set' ? 'x-kubernetes-list-type' : 'uniqueItems', 'duplicate item: items must be unique');
        }
        const keys = schema['x-kubernetes-list-map-keys'];
        if (listType === 'map' && Array.isArray(keys)) {
            const duplicate = firstDuplicate(value, (item) => keys.map((key) => (isRecord(item) && typeof key === 'string' ? item[key] : undefined)));
            if (duplicate !== undefined)
                this.error([...path, duplicate], 'x-kubernetes-list-map-keys', `duplicate entry for key ${keys.map(String).join(', ')}: entries must be unique`);
        }
        const items = asSchema(schema.items);
        if (!items)
            return;
        value.forEach((item, index) => this.validate(item, items, [...path, index], structural));
    }
    object(value, schema, path, structural) {
        const count = Object.keys(value).length;
        if (typeof schema.minProperties === 'number' && count < schema.minProperties)
            this.error(path, 'minProperties', `must have at least ${schema.minProperties} entries, has ${count}`);
        if (typeof schema.maxProperties === 'number' && count > schema.maxProperties)
            this.error(path, 'maxProperties', `must have at most ${schema.maxProperties} entries, has ${count}`);
        const properties = asSchema(schema.properties);
        if (Array.isArray(schema.required)) {
            for (const name of schema.required) {
                if (typeof name !== 'string')
                    continue;
                const present = value[name];
                const nullable = properties ? asSchema(properties[name])?.nullable === true : false;
                if (present === undefined || (present === null && !nullable))
                    this.error([...path, name], 'required', 'required field is missing');
            }
        }
        const additional = asSchema(schema.additionalProperties);
        const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true || schema.additionalProperties === true;
        const embedded = schema['x-kubernetes-embedded-resource'] === true;
        const root = path.length === 0;
        for (const [key, child] of Object.entries(value)) {
            if (root && key === 'metadata')
                continue; // checked by metadata()
            const property = properties ? asSchema(properties[key]) : undefined;
            if (property) {
                if (child === null && property.nullable !== true)
                    continue; // pruned by the API server
                this.validate(child, property, [...path, key], structural);
            }
            else if (additional) {
                if (child === null && additional.nullable !== true)
                    continue;
                this.validate(child, additional, [...path, key], structural);
            }
            else if (structural && !preserve && !((root || embedded) && ROOT_FIELDS.has(key))) {
                this.error([...path, key], 'unknown-field', 'unknown field: not in the CRD schema (the API server drops it; kubectl apply rejects it with strict field validation)');
            }
            if (this.full())
                return;
        }
    }
    combinators(value, schema, path) {
        const branch = (sub) => {
            const nested = new Validator(1);
            const subSchema = asSchema(sub);
            if (subSchema)
                nested.validate(value, subSchema, path, false);
            return nested.errors;
        };
        if (Array.isArray(schema.allOf)) {
            for (const sub of schema.allOf) {
                const failed = branch(sub)[0];
                if (failed) {
                    this.error(failed.path, failed.constraint, `${failed.message} (allOf)`);
                    break;
                }
            }
        }
        const intOrString = schema['x-kubernetes-int-or-string'] === true;
        if (Array.isArray(schema.anyOf) && !intOrString) {
            const failures = schema.anyOf.map(branch);
            if (failures.length > 0 && failures.every((errors) => errors.length > 0)) {
                const first = failures[0][0];
                this.error(path, 'anyOf', `matches none of the ${failures.length} anyOf alternatives (first: ${first.field} ${first.message})`);
            }
        }
        if (Array.isArray(schema.oneOf)) {
            const matches = schema.oneOf.filter((sub) => branch(sub).length === 0).length;
            if (matches !== 1)
                this.error(path, 'oneOf', `must match exactly one of the ${schema.oneOf.length} oneOf alternatives, matches ${matches}`);
        }
        if (isRecord(schema.not) && branch(schema.not).length === 0)
            this.error(path, 'not', 'matches a schema it must not match (not)');
    }
}
/** Helm or ApplicationSet placeholders are not values yet. */
function isTemplated(value) {
    return value.includes('{{');
}
function hasType(value, type) {
    switch (type) {
        case 'int-or-string':
            return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value));
        case 'string':
            return typeof value === 'string' || value instanceof Date;
        case 'integer':
            return typeof value === 'number' && Number.isInteger(value);
        case 'number':
            return typeof value === 'number';
        case 'boolean':
            return typeof value === 'boolean';
        case 'array':
            return Array.isArray(value);
        case 'object':
            return isRecord(value) && !(value instanceof Date);
        default:
            return true;
    }
}
function describeType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (value instanceof Date)
        return 'timestamp';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value === 'object' ? 'object' : typeof value;
}
function article(type) {
    if (type === 'int-or-string')
        return 'an integer or a string';
    return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function firstDuplicate(items, key) {
    const seen = new Set();
    for (const [index, item] of items.entries()) {
        const text = JSON.stringify(key(item));
        if (seen.has(text))
            return index;
        seen.add(text);
    }
    return undefined;
}
const PATTERNS = new Map();
/** POSIX classes inside brackets, as RE2 reads them (ASCII). */
const POSIX_CLASSES = {
    alnum: '0-9A-Za-z',
    alpha: 'A-Za-z',
    ascii: '\\x00-\\x7F',
    blank: '\\t ',
    cntrl: '\\x00-\\x1F\\x7F',
    digit: '0-9',
    lower: 'a-z',
    space: '\\t\\n\\v\\f\\r ',
    upper: 'A-Z',
    word: '0-9A-Za-z_',
    xdigit: '0-9A-Fa-f',
};
/**
 * The API server uses Go regular expressions (RE2). Most CRD patterns mean the same in JavaScript; a leading
 * `(?i)` becomes the `i` flag, `\z` becomes `$`, POSIX classes become ranges, and a pattern JavaScript cannot
 * compile is not checked.
 */
function compilePattern(pattern) {
    let compiled = PATTERNS.get(pattern);
    if (compiled === undefined) {
        let source = pattern;
        let flags = '';
        const inline = /^\(\?([ims]+)\)/.exec(source);
        if (inline) {
            flags = [...new Set(inline[1].split(''))].join('');
            source = source.slice(inline[0].length);
        }
        source = source.replace(/\\z/g, '$');
        let unknownClass = false;
        source = source.replace(/\[:(\^?)([a-z]+):\]/g, (_match, negate, name) => {
            const range = POSIX_CLASSES[name];
            if (range === undefined || negate)
                unknownClass = true;
            return range ?? '';
        });
        compiled = unknownClass ? null : (tryRegExp(source, `${flags}u`) ?? tryRegExp(source, flags) ?? null);
        PATTERNS.set(pattern, compiled);
    }
    return compiled ?? undefined;
}
function tryRegExp(source, flags) {
    try {
        return new RegExp(source, flags);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/crd/upgrade.js





const UPGRADE_ADVICE = {
    none: 'No CRD difference: upgrading the CRDs in place is safe for every instance and custom resource that shares them.',
    safe: 'Only additive or relaxing changes: safe to apply in place. Apply the CRDs before (or with) the controller that uses the new fields, or the API server prunes them.',
    risky: 'Can be applied in place once the affected resources are checked. CRDs are cluster-wide: every instance that shares them changes together. Apply with server-side apply (kubectl apply --server-side --force-conflicts).',
    breaking: 'Not safe to upgrade in place: CRDs are cluster-wide, so every instance and every custom resource of these kinds in the cluster is hit at once. Migrate the affected resources (and any stored version) first, or upgrade on a new cluster (blue/green) and move the workloads over. Apply with server-side apply (kubectl apply --server-side --force-conflicts).',
};
const IDENTITY_ADVICE = 'The CRD identity changes (scope, group, kind or plural): the API server rejects the update, and deleting and re-creating the CRD deletes every custom resource of it. Back them up and restore them, or use a new cluster.';
const TIGHTENED_ADVICE = 'Tightened validation rejects the next change of an object that violates it (unchanged objects are kept by validation ratcheting from Kubernetes 1.30; CEL transition rules never are), and the same object created anew, in another instance or cluster.';
const DEFAULT_ADVICE = 'Default changes show on existing objects that omit the field as soon as the CRD is applied.';
const VALUE_ADVICE = 'Fix the values whose type, format or allowed values change in every object before the upgrade.';
/** What to do about each kind of change that needs action, in order of severity. */
const KIND_ADVICE = {
    'scope-changed': IDENTITY_ADVICE,
    'group-changed': IDENTITY_ADVICE,
    'kind-changed': IDENTITY_ADVICE,
    'plural-changed': IDENTITY_ADVICE,
    'storage-version-removed': 'Before applying these CRDs, migrate the stored objects to the new storage version (kube-storage-version-migrator, or read and write back every object) and remove the old version from status.storedVersions.',
    'version-removed': 'Move every manifest and client to a served version first.',
    'version-unserved': 'Move every manifest and client to a served version first.',
    'field-removed': 'Remove the removed fields from your manifests first: afterwards kubectl apply rejects them (strict field validation) and their data is pruned.',
    'field-required': 'Set the newly required fields on every object first: the next update of an object without them fails.',
    'type-changed': VALUE_ADVICE,
    'format-changed': VALUE_ADVICE,
    'enum-values-removed': VALUE_ADVICE,
    'enum-added': VALUE_ADVICE,
    'preserve-unknown-fields-removed': 'Fields not in the schema are pruned on the next write where x-kubernetes-preserve-unknown-fields is gone: move any data kept there first.',
    'storage-version-changed': 'Objects already stored stay at the old storage version until rewritten: rewrite them (kube-storage-version-migrator, or read and write back every object) before a later release removes that version.',
    'version-deprecated': 'Move manifests to the new version (deprecated-api flags those in this repo).',
    'validation-tightened': TIGHTENED_ADVICE,
    'cel-rule-added': TIGHTENED_ADVICE,
    'cel-rule-changed': TIGHTENED_ADVICE,
    'default-added': DEFAULT_ADVICE,
    'default-changed': DEFAULT_ADVICE,
    'default-removed': DEFAULT_ADVICE,
    'list-type-changed': 'List and map types change how server-side apply merges those fields: several field managers on one list may now conflict.',
};
/** The actions the changes call for, each once. */
function changeAdvice(changes) {
    const advice = [];
    for (const change of [...changes].sort((a, b) => CLASS_RANK[a.class] - CLASS_RANK[b.class])) {
        const text = KIND_ADVICE[change.change];
        if (text && change.class !== 'safe' && !advice.includes(text))
            advice.push(text);
    }
    return advice;
}
/** Assesses one CRD's change against the custom resources that use it (e.g. the repo at head). */
function assessCrdChange(comparison, resources) {
    const crd = comparison.new ?? comparison.old;
    const summary = summarizeChanges(comparison.changes);
    const worst = worstClass(comparison.changes);
    const sizeBytes = comparison.new ? Buffer.byteLength(JSON.stringify(comparison.new.object)) : 0;
    const ofKind = crd ? customResourcesOf(crd, resources) : [];
    const affected = [];
    if (worst === 'breaking' || worst === 'risky') {
        for (const resource of ofKind) {
            const found = affectedBy(resource, comparison);
            if (found)
                affected.push(found);
        }
    }
    const advice = [UPGRADE_ADVICE[worst ?? 'none'], ...changeAdvice(comparison.changes)];
    if (comparison.new && sizeBytes > LAST_APPLIED_LIMIT_BYTES && comparison.changes.length > 0) {
        advice.push(`The CRD is ${sizeBytes} bytes as JSON, over the ${LAST_APPLIED_LIMIT_BYTES}-byte limit of the last-applied-configuration annotation that client-side kubectl apply writes: apply it server-side.`);
    }
    if (crd && comparison.changes.length > 0) {
        const tool = knownToolForGroup(crd.group);
        if (tool)
            advice.push(...tool.facts(crd, sizeBytes));
    }
    return {
        crd: comparison.crd,
        summary,
        ...(worst ? { worst } : {}),
        resources: ofKind.length,
        affected,
        sizeBytes,
        advice,
    };
}
function customResourcesOf(crd, resources) {
    return resources.filter((resource) => resource.ref.kind === crd.kind &&
        apiGroup(resource.ref.apiVersion) === crd.group &&
        !isCrdObject(resource.object));
}
/** How the change hits one custom resource, if it does. */
function affectedBy(resource, comparison) {
    const versionName = apiVersionOnly(resource.ref.apiVersion);
    const reasons = [];
    let worst;
    let path;
    let ownFinding = false;
    const hit = (changeClass, reason, at, own = true) => {
        if (changeClass === 'safe')
            return;
        if (!reasons.includes(reason))
            reasons.push(reason);
        if (worst !== 'breaking')
            worst = changeClass;
        if (own || changeClass === 'breaking')
            ownFinding = true;
        path ??= at;
    };
    // First what the new schema rejects that the old one accepted: the most concrete reasons.
    let newErrors = [];
    const oldVersion = comparison.old ? findVersion(comparison.old, versionName) : undefined;
    const newVersion = comparison.new ? findVersion(comparison.new, versionName) : undefined;
    if (newVersion?.served) {
        const before = new Set(oldVersion
            ? validateCustomResource(resource.object, oldVersion).map((error) => `${error.field}|${error.constraint}`)
            : []);
        newErrors = validateCustomResource(resource.object, newVersion).filter((error) => !before.has(`${error.field}|${error.constraint}`));
        for (const error of newErrors)
            hit('breaking', `${error.field}: ${error.constraint}`, error.path);
    }
    const failing = new Set(newErrors.map((error) => error.field));
    for (const change of comparison.changes) {
        if (change.class === 'safe')
            continue;
        if (change.version === '') {
            if (change.change !== 'conversion-changed')
                hit(change.class, change.message.split(/[:;]/)[0], ['apiVersion']);
            continue;
        }
        if (change.version !== versionName)
            continue;
        if (change.path === '') {
            if (change.change !== 'storage-version-changed' && change.change !== 'subresources-changed')
                hit(change.class, change.message.split(/[:;]/)[0], ['apiVersion'], change.change !== 'version-deprecated');
            continue;
        }
        // field changes: the resource is hit when it sets the field (a missing required field is an error above)
        if (change.change === 'field-required')
            continue;
        const at = firstValueAt(resource.object, change.segments);
        if (at && !failing.has(formatFieldPath(at)))
            hit(change.class, `${change.path}: ${change.change}`, at);
    }
    if (!worst)
        return undefined;
    return { resource, class: worst, reasons, path: path ?? [], newErrors, ownFinding };
}
/** Constraints the API server ratchets (Kubernetes 1.30+): an unchanged invalid value is kept on update. */
const RATCHETED = new Set([
    'type',
    'enum',
    'pattern',
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'minItems',
    'maxItems',
    'minProperties',
    'maxProperties',
    'multipleOf',
    'format',
    'uniqueItems',
]);
/** One sentence on what the change does to a custom resource. */
function affectedMessage(hit, crd, where) {
    const subject = describeResource(hit.resource.ref);
    const list = hit.newErrors.length > 0
        ? hit.newErrors.map((error) => `${error.field}: ${error.message} [${error.constraint}]`)
        : hit.reasons;
    const reasons = list.slice(0, 4).join('; ') + (list.length > 4 ? `; and ${list.length - 4} more` : '');
    if (hit.newErrors.length === 0)
        return `${subject} is ${hit.class === 'breaking' ? 'broken' : 'put at risk'} by the change to CRD ${crd} (${where}): ${reasons}.`;
    const ratcheted = hit.newErrors.every((error) => RATCHETED.has(error.constraint));
    const when = ratcheted
        ? ' It keeps working while unchanged (validation ratcheting, Kubernetes 1.30+), but changing these fields, or creating it anew (another instance or cluster), is rejected.'
        : ' Its next update is rejected.';
    return `${subject} no longer validates against CRD ${crd} as changed in ${where}: ${reasons}.${when}`;
}
/** The first place in `value` that the data path reaches, with real indexes and keys; undefined if none. */
function firstValueAt(value, segments) {
    const walk = (node, index, at) => {
        if (index === segments.length)
            return node === undefined ? undefined : at;
        const segment = segments[index];
        if (segment === ANY_ITEM) {
            if (!Array.isArray(node))
                return undefined;
            for (let i = 0; i < node.length; i++) {
                const found = walk(node[i], index + 1, [...at, i]);
                if (found)
                    return found;
            }
            return undefined;
        }
        if (typeof node !== 'object' || node === null || Array.isArray(node))
            return undefined;
        const record = node;
        if (segment === ANY_VALUE) {
            for (const key of Object.keys(record)) {
                const found = walk(record[key], index + 1, [...at, key]);
                if (found)
                    return found;
            }
            return undefined;
        }
        if (!Object.prototype.hasOwnProperty.call(record, segment))
            return undefined;
        return walk(record[segment], index + 1, [...at, segment]);
    };
    return walk(value, 0, []);
}
// ---- messages ----
const LISTED_CHANGES = 3;
const LISTED_RESOURCES = 3;
function countsText(summary) {
    return `${summary.breaking} breaking, ${summary.risky} risky, ${summary.safe} safe change${summary.safe === 1 ? '' : 's'}`;
}
function changeText(change) {
    const where = [change.version, change.path].filter(Boolean).join(' ');
    return `${where ? `${where}: ` : ''}${change.message}`;
}
/**
 * One paragraph: "CRD x: N breaking, M risky, K safe changes between X and Y. Breaking: ... In this repo: ...
 * <advice>". `between` names the two sides ("argo-cd v3.1.0 and v3.2.0", "base and head").
 */
function upgradeMessage(comparison, assessment, between) {
    const parts = [];
    if (!assessment.worst) {
        parts.push(`CRD ${comparison.crd}: no CRD difference between ${between}.`);
    }
    else {
        parts.push(`CRD ${comparison.crd}: ${countsText(assessment.summary)} between ${between}.`);
        for (const changeClass of ['breaking', 'risky']) {
            const listed = comparison.changes.filter((change) => change.class === changeClass);
            if (listed.length === 0)
                continue;
            const shown = listed.slice(0, LISTED_CHANGES).map(changeText).join('; ');
            const more = listed.length > LISTED_CHANGES ? ` (and ${listed.length - LISTED_CHANGES} more)` : '';
            parts.push(`${changeClass === 'breaking' ? 'Breaking' : 'Risky'}: ${shown}${more}.`);
        }
        if (assessment.worst !== 'safe' && comparison.new) {
            const kind = comparison.new.kind;
            if (assessment.resources === 0) {
                parts.push(`No ${kind} in this repo uses it (check the other clusters' and instances' resources).`);
            }
            else if (assessment.affected.length === 0) {
                parts.push(`None of the ${assessment.resources} ${kind} resources in this repo is affected.`);
            }
            else {
                const shown = assessment.affected
                    .slice(0, LISTED_RESOURCES)
                    .map((hit) => `${describeResource(hit.resource.ref)} (${hit.resource.file}:${hit.resource.lineOf(hit.path)}: ${hit.reasons.slice(0, 2).join('; ')})`)
                    .join('; ');
                const more = assessment.affected.length > LISTED_RESOURCES
                    ? ` and ${assessment.affected.length - LISTED_RESOURCES} more`
                    : '';
                parts.push(`In this repo ${assessment.affected.length} of ${assessment.resources} ${kind} resources are affected: ${shown}${more}.`);
            }
        }
    }
    parts.push(...assessment.advice);
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./lib/report/summary.js
/** Lower is more severe. */
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function summarize(findings) {
    const summary = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        summary[finding.severity]++;
    return summary;
}
/** True when some finding is at or above `failOn` ('never' never fails). */
function exceedsFailOn(summary, failOn) {
    switch (failOn) {
        case 'never':
            return false;
        case 'error':
            return summary.error > 0;
        case 'warning':
            return summary.error + summary.warning > 0;
        case 'notice':
            return summary.error + summary.warning + summary.notice > 0;
    }
}
/** Code-unit order, not locale order, so output is the same on every machine. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** By file, line, rule id and fingerprint. Returns a new array. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => compareStrings(a.file, b.file) ||
        a.line - b.line ||
        compareStrings(a.ruleId, b.ruleId) ||
        compareStrings(a.fingerprint, b.fingerprint));
}

;// CONCATENATED MODULE: ./lib/report/fields.js


const CRD_SCHEMA = /^spec\.versions\[(\d+)\]\.schema\.openAPIV3Schema(?=\.|\[|$)/;
/** A CRD can change in hundreds of places; past this the list ends with a count. */
const MAX_CRD_CHANGES = 60;
/**
 * The field changes to show a reader. A CRD's schema is shown as its classified changes (breaking, risky,
 * safe: the same comparison as the crd-* findings), not as hundreds of schema paths; the JSON report keeps
 * every raw field.
 */
function displayFields(change) {
    // Reports render several times (each size budget, the comment and the job summary): compare a CRD once.
    let shown = displayed.get(change);
    if (!shown) {
        shown = computeDisplayFields(change);
        displayed.set(change, shown);
    }
    return shown;
}
const displayed = new WeakMap();
function computeDisplayFields(change) {
    const kind = (change.head ?? change.base)?.ref.kind;
    if (kind !== 'CustomResourceDefinition' || !change.base || !change.head)
        return { fields: change.fields, notes: [] };
    const fields = change.fields.filter((field) => !CRD_SCHEMA.test(field.path));
    if (fields.length === change.fields.length)
        return { fields, notes: [] };
    const comparison = compareCrds(toCrd(change.base.object), toCrd(change.head.object));
    const notes = comparison.changes
        .slice(0, MAX_CRD_CHANGES)
        .map((crdChange) => `${[crdChange.class, crdChange.version, crdChange.path].filter((part) => part !== '').join(' ')}: ${crdChange.message}`);
    const more = comparison.changes.length - MAX_CRD_CHANGES;
    if (more > 0)
        notes.push(`… ${more} more CRD change${more === 1 ? '' : 's'} (all in the JSON report's fields)`);
    if (comparison.changes.length === 0)
        notes.push('schema: no difference that matters to custom resources');
    return { fields, notes };
}

;// CONCATENATED MODULE: ./lib/report/text.js



const ANSI = {
    error: '\x1b[31m',
    warning: '\x1b[33m',
    notice: '\x1b[36m',
};
const ANSI_RESET = '\x1b[0m';
const SEVERITY_WIDTH = 'warning'.length;
const VALUE_MAX_LENGTH = 120;
/** The resource's identity, from the head side when there is one. */
function changeRef(change) {
    return (change.head ?? change.base)?.ref;
}
/** `Kind namespace/name`, or `Kind name` for cluster-scoped resources. */
function formatChangeRef(change) {
    const ref = changeRef(change);
    return ref ? describeResource(ref) : change.key;
}
/** A value as one line of compact JSON, cut at `max` characters. */
function text_formatValue(value, max = VALUE_MAX_LENGTH) {
    const text = value === undefined ? '(none)' : (JSON.stringify(value) ?? String(value));
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/** `2 errors, 1 warning, 0 notices in 3 files (kubernetes 1.30, upgrade target 1.31)`. */
function renderText(report, opts) {
    const findingsByFile = new Map();
    for (const finding of sortFindings(report.findings)) {
        const list = findingsByFile.get(finding.file) ?? [];
        list.push(finding);
        findingsByFile.set(finding.file, list);
    }
    // A file can hold raw changes and declare rendered targets (an Application): one group each.
    const changesByFile = new Map();
    for (const fileChanges of report.changes) {
        if (fileChanges.resources.some((change) => change.type !== 'unchanged')) {
            changesByFile.set(fileChanges.file, [...(changesByFile.get(fileChanges.file) ?? []), fileChanges]);
        }
    }
    const files = [...new Set([...findingsByFile.keys(), ...changesByFile.keys()])].sort(compareStrings);
    const blocks = [];
    for (const file of files) {
        const findings = findingsByFile.get(file) ?? [];
        const groups = changesByFile.get(file) ?? [];
        // A file that only declares rendered targets (a Chart.yaml) may not have changed itself: no status then.
        const fileChanges = groups.find((group) => !group.target);
        const lines = [fileChanges ? `${file} (${fileChanges.status})` : file];
        const lineWidth = Math.max(0, ...findings.map((finding) => String(finding.line).length));
        for (const finding of findings) {
            const line = String(finding.line).padStart(lineWidth);
            const severity = colorSeverity(finding.severity, opts.color);
            lines.push(`  ${line}  ${severity}  ${finding.message}  [${finding.ruleId}]`);
        }
        for (const group of groups) {
            if (group.target)
                lines.push(`  rendered by ${group.target} (${group.status}):`);
            const indent = group.target ? '  ' : '';
            for (const change of group.resources)
                lines.push(...changeLines(change).map((line) => indent + line));
        }
        blocks.push(lines.join('\n'));
    }
    blocks.push(summaryLine(report, findingsByFile.size));
    return blocks.join('\n\n');
}
function colorSeverity(severity, color) {
    const padded = severity.padEnd(SEVERITY_WIDTH);
    // Pad outside the escape codes so the columns line up in colour too.
    return color ? `${ANSI[severity]}${severity}${ANSI_RESET}${padded.slice(severity.length)}` : padded;
}
function changeLines(change) {
    const label = formatChangeRef(change);
    switch (change.type) {
        case 'unchanged':
            return [];
        case 'added':
            return [`  + ${label} (added)`];
        case 'removed':
            return [`  - ${label} (removed)`];
        case 'modified': {
            const shown = displayFields(change);
            return [
                `  ~ ${label} (modified)`,
                ...shown.fields.map((field) => `    ${field.path}: ${text_formatValue(field.before)} -> ${text_formatValue(field.after)}`),
                ...shown.notes.map((note) => `    ${note}`),
            ];
        }
    }
}
function summaryLine(report, filesWithFindings) {
    const versions = `kubernetes ${report.kubernetesVersion}, upgrade target ${report.upgradeVersion}`;
    const { error, warning, notice } = report.summary;
    if (error + warning + notice === 0)
        return `No findings (${versions})`;
    const counts = [plural(error, 'error'), plural(warning, 'warning'), plural(notice, 'notice')].join(', ');
    return `${counts} in ${plural(filesWithFindings, 'file')} (${versions})`;
}

;// CONCATENATED MODULE: ./lib/report/markdown.js




const DEFAULT_MARKDOWN_MAX_LENGTH = 65000;
/** A CRD schema change can touch hundreds of fields; past this the comment shows a count. */
const MAX_FIELDS_PER_RESOURCE = 100;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function renderMarkdown(report, opts = {}) {
    let maxLength = opts.maxLength ?? DEFAULT_MARKDOWN_MAX_LENGTH;
    for (;;) {
        const text = renderWithin(report, opts, maxLength);
        const bytes = opts.maxBytes === undefined ? 0 : Buffer.byteLength(text, 'utf8');
        if (opts.maxBytes === undefined || bytes <= opts.maxBytes || maxLength <= 0)
            return text;
        // Shrink in proportion, a little more each time, until the bytes fit.
        maxLength = Math.max(0, Math.min(maxLength - 1, Math.floor((maxLength * opts.maxBytes) / bytes) - 16));
    }
}
function renderWithin(report, opts, maxLength) {
    const title = opts.title ?? 'kube-pr-review';
    const rows = tableOrder(report.findings).map(findingRow);
    const blocks = fileBlocks(report);
    const head = header(report, title, opts.notes ?? []);
    const full = render(head, rows, blocks, Infinity);
    if (full.text.trimEnd().length <= maxLength)
        return full.text.trimEnd();
    // The omitted counts can only be smaller than the totals, so this note is the longest one needed.
    const totalChanges = blocks.reduce((sum, block) => sum + block.chunks.length, 0);
    const note = (findings, changes) => omissionNote(findings, changes, opts.fullReportUrl);
    const reserve = note(rows.length, totalChanges).length;
    const cut = render(head, rows, blocks, maxLength - reserve);
    const text = (cut.text + note(cut.omittedFindings, cut.omittedChanges)).trimEnd();
    // Only reachable when maxLength is too small for even the header; nothing is open at this point.
    return text.length <= maxLength ? text : text.slice(0, maxLength);
}
/** Adds sections while they fit in `budget`, cutting only between table rows, resources and files. */
function render(head, rows, blocks, budget) {
    let text = head;
    const fits = (extra) => text.length + extra <= budget;
    let shownRows = 0;
    if (rows.length > 0) {
        const tableHead = '| Severity | Location | Resource | Rule | Message |\n| --- | --- | --- | --- | --- |\n';
        const firstRow = rows[0] ?? '';
        if (fits(tableHead.length + firstRow.length + 1)) {
            text += tableHead;
            for (const row of rows) {
                if (!fits(row.length + 1))
                    break;
                text += row;
                shownRows++;
            }
            text += '\n';
        }
    }
    let shownChanges = 0;
    const sectionHead = '#### Resource changes\n\n';
    let sectionStarted = false;
    for (const block of blocks) {
        const open = detailsOpen(block);
        const close = '```\n\n</details>\n\n';
        const fixed = open.length + close.length + (sectionStarted ? 0 : sectionHead.length);
        let body = '';
        let shownHere = 0;
        for (const chunk of block.chunks) {
            if (!fits(fixed + body.length + chunk.length))
                break;
            body += chunk;
            shownHere++;
        }
        if (shownHere === 0)
            break;
        if (!sectionStarted)
            text += sectionHead;
        sectionStarted = true;
        text += open + body + close;
        shownChanges += shownHere;
        if (shownHere < block.chunks.length)
            break;
    }
    const totalChanges = blocks.reduce((sum, block) => sum + block.chunks.length, 0);
    return {
        text,
        omittedFindings: rows.length - shownRows,
        omittedChanges: totalChanges - shownChanges,
    };
}
function header(report, title, notes) {
    const { error, warning, notice } = report.summary;
    const counts = [
        error > 0 ? plural(error, 'error') : '',
        warning > 0 ? plural(warning, 'warning') : '',
        notice > 0 ? plural(notice, 'notice') : '',
    ].filter((part) => part !== '');
    const icon = error > 0 ? ICON.error : warning > 0 ? ICON.warning : notice > 0 ? ICON.notice : '✅';
    const verdict = `### ${icon} ${title}: ${counts.length > 0 ? counts.join(', ') : 'no findings'}`;
    const facts = [`Kubernetes ${report.kubernetesVersion}, upgrade target ${report.upgradeVersion}`];
    if (report.mode === 'review') {
        const changed = report.changes.filter((file) => file.resources.some((r) => r.type !== 'unchanged'));
        const resources = changed.reduce((sum, file) => sum + file.resources.filter((r) => r.type !== 'unchanged').length, 0);
        facts.push(`${plural(resources, 'resource')} changed in ${plural(changed.length, 'file')}`);
        if (report.base && report.head)
            facts.push(`\`${markdown_short(report.base)}...${markdown_short(report.head)}\``);
    }
    else {
        facts.push(`audit of ${plural(report.stats.resources, 'resource')} in ${plural(report.stats.filesRead, 'file')}`);
    }
    const quoted = notes.map((note) => `> ${note.replace(/\r?\n|\r/g, ' ')}\n`).join('>\n');
    return `${verdict}\n\n${facts.join(' · ')}\n\n${quoted ? `${quoted}\n` : ''}`;
}
function markdown_short(sha) {
    return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
/** Most severe first, so a cut drops notices before errors. */
function tableOrder(findings) {
    return sortFindings(findings).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
function findingRow(finding) {
    const cells = [
        `${ICON[finding.severity]} ${finding.severity}`,
        escapeCell(`${finding.file}:${finding.line}`),
        finding.resource ? escapeCell(describeResource(finding.resource)) : '',
        `[${escapeCell(finding.ruleId)}](${escapeUrl(finding.helpUri)})`,
        escapeCell(finding.message),
    ];
    return `| ${cells.join(' | ')} |\n`;
}
function escapeCell(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n|\r/g, '<br>');
}
/** Characters that would end the link or the table cell. */
function escapeUrl(url) {
    return url.replace(/[|\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function fileBlocks(report) {
    const findingsPerFile = new Map();
    for (const finding of report.findings) {
        findingsPerFile.set(finding.file, (findingsPerFile.get(finding.file) ?? 0) + 1);
    }
    return [...report.changes]
        .sort((a, b) => compareStrings(a.file, b.file))
        .map((fileChanges) => ({
        fileChanges,
        chunks: fileChanges.resources.filter((change) => change.type !== 'unchanged').map(diffChunk),
        findings: findingsPerFile.get(fileChanges.file) ?? 0,
    }))
        .filter((block) => block.chunks.length > 0);
}
function detailsOpen(block) {
    const { file, status, target } = block.fileChanges;
    const details = [plural(block.chunks.length, 'resource') + ' changed'];
    if (block.findings > 0 && !target)
        details.push(plural(block.findings, 'finding'));
    // A rendered release or overlay: its name first, then the file that declares it.
    const title = target
        ? `${escapeHtml(target)} (rendered, ${status}) from <code>${escapeHtml(file)}</code>`
        : `<code>${escapeHtml(file)}</code> (${status})`;
    return `<details><summary>${title}: ${details.join(', ')}</summary>\n\n\`\`\`diff\n`;
}
function diffChunk(change) {
    const label = formatChangeRef(change);
    const lines = [];
    if (change.type === 'added')
        lines.push(`+ ${label} (added)`);
    else if (change.type === 'removed')
        lines.push(`- ${label} (removed)`);
    else {
        lines.push(`@@ ${label} (modified) @@`);
        const shown = displayFields(change);
        for (const field of shown.fields.slice(0, MAX_FIELDS_PER_RESOURCE)) {
            if (field.type !== 'added')
                lines.push(`- ${field.path}: ${text_formatValue(field.before)}`);
            if (field.type !== 'removed')
                lines.push(`+ ${field.path}: ${text_formatValue(field.after)}`);
        }
        const hidden = shown.fields.length - MAX_FIELDS_PER_RESOURCE;
        if (hidden > 0)
            lines.push(`  … ${plural(hidden, 'more field')}`);
        for (const note of shown.notes)
            lines.push(`  ${note}`);
    }
    // Every line starts with a diff marker, and newlines are escaped, so nothing can close the fence early.
    return lines.map((line) => `${line.replace(/\r?\n|\r/g, '\\n')}\n`).join('');
}
function omissionNote(findings, changes, fullReportUrl) {
    const parts = [];
    if (findings > 0)
        parts.push(plural(findings, 'finding'));
    if (changes > 0)
        parts.push(plural(changes, 'resource change'));
    const what = parts.length > 0 ? parts.join(' and ') : 'Some content';
    const verb = findings + changes === 1 ? 'was' : 'were';
    const where = fullReportUrl
        ? `the job summary of the [kube-pr-review check](${fullReportUrl})`
        : 'the job summary';
    return `> [!NOTE]\n> ${what} ${verb} left out to stay within the size limit. The full report is in ${where} and the JSON report.\n`;
}

;// CONCATENATED MODULE: ./lib/crd/report.js



function renderCrdDiffJson(result) {
    return {
        version: 1,
        changes: result.changes.map((change) => ({
            crd: change.crd,
            version: change.version,
            path: change.path,
            change: change.change,
            class: change.class,
            message: change.message,
        })),
        summary: { ...result.summary },
    };
}
/** Description changes are many and harmless: one row per CRD version (JSON keeps them all). */
function rows(changes) {
    const out = [];
    const folded = new Map();
    for (const change of changes) {
        if (change.change !== 'description-changed') {
            out.push(change);
            continue;
        }
        const list = folded.get(change.version) ?? [];
        list.push(change);
        folded.set(change.version, list);
    }
    for (const [version, list] of folded) {
        if (list.length === 1)
            out.push(list[0]);
        else
            out.push({
                class: 'safe',
                version,
                path: '',
                change: 'description-changed',
                message: `descriptions changed at ${list.length} places (${list
                    .slice(0, 3)
                    .map((change) => change.path || 'the version')
                    .join(', ')}${list.length > 3 ? ', …' : ''})`,
            });
    }
    return out;
}
const report_ANSI = {
    breaking: '\x1b[31m',
    risky: '\x1b[33m',
    safe: '\x1b[36m',
};
const RESET = '\x1b[0m';
const CLASS_WIDTH = 'breaking'.length;
function verdict(result) {
    const worst = worstClass(result.changes);
    const crds = `${result.crds.length} CRD${result.crds.length === 1 ? '' : 's'} compared`;
    if (!worst)
        return `No CRD difference (${crds}). ${UPGRADE_ADVICE.none}`;
    return [
        `${crds}: ${countsText(result.summary)}.`,
        UPGRADE_ADVICE[worst],
        ...changeAdvice(result.changes),
    ].join(' ');
}
function crdHeading(comparison) {
    const counts = CHANGE_CLASSES.map((changeClass) => ({
        changeClass,
        count: comparison.changes.filter((change) => change.class === changeClass).length,
    }));
    return `${comparison.crd}: ${counts.map(({ changeClass, count }) => `${count} ${changeClass}`).join(', ')}`;
}
function renderCrdDiffText(result, labels, color) {
    const blocks = [`CRD changes from ${labels.old} to ${labels.new}`];
    const same = result.crds
        .filter((comparison) => comparison.changes.length === 0)
        .map((comparison) => comparison.crd);
    for (const comparison of result.crds) {
        if (comparison.changes.length === 0)
            continue;
        const lines = [crdHeading(comparison)];
        for (const row of rows(comparison.changes)) {
            const padded = row.class.padEnd(CLASS_WIDTH);
            const label = color
                ? `${report_ANSI[row.class]}${row.class}${RESET}${padded.slice(row.class.length)}`
                : padded;
            const where = [row.version, row.path].filter(Boolean).join(' ');
            lines.push(`  ${label}  ${where ? `${where}  ` : ''}${row.message}  [${row.change}]`);
        }
        blocks.push(lines.join('\n'));
    }
    if (same.length > 0)
        blocks.push(`No difference: ${same.join(', ')}`);
    blocks.push(verdict(result));
    return `${blocks.join('\n\n')}\n`;
}
function code(text) {
    return text ? `\`${text.replace(/`/g, "'")}\`` : '';
}
function renderCrdDiffMarkdown(result, labels) {
    const lines = [
        `### CRD changes: ${escapeCell(labels.old)} → ${escapeCell(labels.new)}`,
        '',
        verdict(result),
        '',
        '| CRD | breaking | risky | safe |',
        '| --- | ---: | ---: | ---: |',
    ];
    for (const comparison of result.crds) {
        const count = (changeClass) => comparison.changes.filter((change) => change.class === changeClass).length;
        lines.push(`| ${code(comparison.crd)} | ${count('breaking')} | ${count('risky')} | ${count('safe')} |`);
    }
    for (const comparison of result.crds) {
        if (comparison.changes.length === 0)
            continue;
        lines.push('', `#### ${escapeCell(comparison.crd)}`, '', '| class | version | field | change | details |', '| --- | --- | --- | --- | --- |');
        for (const row of rows(comparison.changes)) {
            lines.push(`| ${row.class} | ${escapeCell(row.version)} | ${code(row.path)} | ${code(row.change)} | ${escapeCell(row.message)} |`);
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/meta.js
const TOOL_NAME = 'kube-pr-review';
const TOOL_VERSION = '0.1.0';
const HOMEPAGE = 'https://github.com/kube-pr-review/kube-pr-review';
function ruleHelpUri(ruleId) {
    return `${HOMEPAGE}/blob/main/docs/rules/${ruleId}.md`;
}

;// CONCATENATED MODULE: ./lib/cli/crd-diff.js
// `kube-pr-review crd-diff OLD NEW`: compare two CRD sets (files or directories) without a cluster.









const CRD_DIFF_USAGE = `Usage:
  ${TOOL_NAME} crd-diff OLD NEW [options]   compare two CRD sets: what upgrading from OLD to NEW does

OLD and NEW are CRD files (multi-document YAML or JSON) or directories (their .yaml/.yml/.json files,
not subdirectories), e.g. the crds/ folder of two releases. CRDs are matched by metadata.name.

Options:
  --format text|markdown|json            (default: text)
  --fail-on error|warning|notice|never   exit 1 when a change is at or above this (default: error);
                                         breaking = error, risky = warning, safe = notice
  --no-color                             plain text output
  -h, --help

Exit codes: 0 no change at or above --fail-on, 1 changes at or above it, 2 usage or input error.`;
const FORMATS = ['text', 'markdown', 'json'];
/** Runs `crd-diff` with the arguments after the command name; returns the exit code (errors throw). */
async function runCrdDiff(argv, io) {
    const { values, positionals } = parse(argv);
    if (values.help) {
        io.stdout.write(`${CRD_DIFF_USAGE}\n`);
        return 0;
    }
    if (positionals.length !== 2)
        throw new UserError(`crd-diff takes two paths, OLD and NEW, got ${positionals.length}\n${CRD_DIFF_USAGE}`);
    const format = (values.format ?? 'text');
    if (!FORMATS.includes(format))
        throw new UserError(`--format must be one of ${FORMATS.join(', ')}, got '${format}'`);
    const failOn = (values['fail-on'] ?? 'error');
    if (!FAIL_ON_LEVELS.includes(failOn))
        throw new UserError(`--fail-on must be one of ${FAIL_ON_LEVELS.join(', ')}, got '${failOn}'`);
    const [oldArg, newArg] = positionals;
    const [oldSet, newSet] = await Promise.all([
        loadCrdPath((0,external_node_path_namespaceObject.resolve)(io.cwd, oldArg), { relativeTo: io.cwd }),
        loadCrdPath((0,external_node_path_namespaceObject.resolve)(io.cwd, newArg), { relativeTo: io.cwd }),
    ]);
    for (const warning of [...oldSet.warnings, ...newSet.warnings]) {
        io.stderr.write(`${TOOL_NAME}: warning: ${warning}\n`);
    }
    const result = compareCrdSets(oldSet.crds, newSet.crds);
    const labels = { old: display(io.cwd, oldArg), new: display(io.cwd, newArg) };
    switch (format) {
        case 'json':
            io.stdout.write(`${JSON.stringify(renderCrdDiffJson(result), null, 2)}\n`);
            break;
        case 'markdown':
            io.stdout.write(renderCrdDiffMarkdown(result, labels));
            break;
        case 'text': {
            const color = !values['no-color'] && !!io.stdout.isTTY && !io.env.NO_COLOR;
            io.stdout.write(renderCrdDiffText(result, labels, color));
            break;
        }
    }
    const summary = {
        error: result.summary.breaking,
        warning: result.summary.risky,
        notice: result.summary.safe,
    };
    return exceedsFailOn(summary, failOn) ? 1 : 0;
}
function display(cwd, path) {
    const rel = (0,external_node_path_namespaceObject.relative)(cwd, (0,external_node_path_namespaceObject.resolve)(cwd, path));
    return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}
function parse(argv) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string' },
                'fail-on': { type: 'string' },
                'no-color': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        throw new UserError(`${errorMessage(error)}\n${CRD_DIFF_USAGE}`);
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./lib/git/git.js


const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;
/** Git reads no hooks, pager or external diff here: only plumbing and porcelain we parse ourselves. */
const GIT_CONFIG = ['-c', 'core.quotePath=false', '-c', 'diff.external=', '-c', 'core.pager=cat'];
async function git(repo, args) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', [...GIT_CONFIG, ...args], { cwd: repo, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8', env: gitEnv() }, (error, stdout, stderr) => {
            if (error) {
                const detail = stderr.trim().split('\n')[0] || error.message;
                reject(new GitError(`git ${args[0]} failed: ${detail}`));
            }
            else {
                resolve(stdout);
            }
        });
    });
}
class GitError extends UserError {
}
let environment;
/** The environment git runs with, copied once: reading all of `process.env` costs more than a small git call. */
function gitEnv() {
    return (environment ??= { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' });
}
async function isGitRepo(dir) {
    try {
        return (await git(dir, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
    }
    catch {
        return false;
    }
}
async function resolveCommit(repo, ref) {
    if (ref.includes('\n'))
        return undefined;
    try {
        const [object] = await objectReader(repo).read([`${ref}^{commit}`]);
        return object?.type === 'commit' ? object.sha : undefined;
    }
    catch {
        return undefined;
    }
}
async function mergeBase(repo, base, head) {
    try {
        return ((await nearAncestor(repo, base, head)) ??
            ((await git(repo, ['merge-base', base, head])).trim() || undefined));
    }
    catch {
        return undefined;
    }
}
/** How many commits back from head a base is looked for before asking `git merge-base`. */
const ANCESTRY_WALK = 64;
/**
 * `base` (as a commit id) when it is head or one of head's last few ancestors: then it is the merge base,
 * and the commits read through the object reader spare a git process. Undefined when not found so near.
 */
async function nearAncestor(repo, base, head) {
    const [baseCommit, headCommit] = await readObjects(repo, [`${base}^{commit}`, `${head}^{commit}`]);
    if (!baseCommit || !headCommit)
        return undefined;
    const seen = new Set([headCommit.sha]);
    let frontier = [headCommit];
    while (frontier.length > 0 && seen.size <= ANCESTRY_WALK) {
        if (frontier.some((commit) => commit.sha === baseCommit.sha))
            return baseCommit.sha;
        const parents = frontier.flatMap((commit) => parentsOf(commit.data)).filter((sha) => !seen.has(sha));
        parents.forEach((sha) => seen.add(sha));
        frontier = (await readObjects(repo, parents)).filter((commit) => commit?.type === 'commit');
    }
    return undefined;
}
function parentsOf(commit) {
    const header = commit.subarray(0, Math.max(0, commit.indexOf('\n\n'))).toString('latin1');
    return [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((match) => match[1]);
}
/** The URLs of the repository's git remotes (`remote.<name>.url`); none when it has no remotes. */
async function remoteUrls(repo) {
    try {
        const out = await git(repo, ['config', '--get-regexp', '^remote\\..*\\.url$']);
        return out
            .split('\n')
            .map((line) => line.slice(line.indexOf(' ') + 1).trim())
            .filter((url) => url !== '');
    }
    catch {
        return []; // exit code 1: no remote
    }
}
/** Every file in the tree at `ref`, with its mode (one `git ls-tree` process). */
async function listTreeEntries(repo, ref) {
    const out = await git(repo, ['ls-tree', '-r', '-z', '--full-tree', ref]);
    const entries = [];
    for (const record of out.split('\0')) {
        const tab = record.indexOf('\t');
        if (tab === -1)
            continue;
        const [mode = '', type = '', object = ''] = record.slice(0, tab).split(' ');
        if (type === 'blob')
            entries.push({ path: record.slice(tab + 1), mode, object });
    }
    return entries;
}
/**
 * Paths at `ref` whose content matches any of the extended regular expressions (`git grep -l`): finds the
 * few files worth parsing (Argo CD Applications, Flux HelmReleases) without reading the whole tree in Node.
 */
async function grepFiles(repo, ref, patterns, pathspecs) {
    const stdout = await grep(repo, ref, ['-l'], patterns, pathspecs);
    const prefix = `${ref}:`;
    return stdout
        .split('\0')
        .filter((path) => path !== '')
        .map((path) => (path.startsWith(prefix) ? path.slice(prefix.length) : path));
}
/** The text each line match of the expressions found, by path (`git grep -o`): what a file mentions. */
async function grepMatches(repo, ref, patterns, pathspecs) {
    const stdout = await grep(repo, ref, ['-o'], patterns, pathspecs);
    const prefix = `${ref}:`;
    const matches = new Map();
    // `<ref>:<path>\0<match>\n` per match.
    for (let at = 0; at < stdout.length;) {
        const nul = stdout.indexOf('\0', at);
        if (nul === -1)
            break;
        const newline = stdout.indexOf('\n', nul);
        const end = newline === -1 ? stdout.length : newline;
        const named = stdout.slice(at, nul);
        const path = named.startsWith(prefix) ? named.slice(prefix.length) : named;
        const found = matches.get(path) ?? [];
        found.push(stdout.slice(nul + 1, end));
        matches.set(path, found);
        at = end + 1;
    }
    return matches;
}
function grep(repo, ref, mode, patterns, pathspecs) {
    const args = [...GIT_CONFIG, 'grep', ...mode, '-z', '-I', '-E'];
    for (const pattern of patterns)
        args.push('-e', pattern);
    args.push(ref, '--', ...pathspecs);
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', args, { cwd: repo, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8', env: gitEnv() }, (error, stdout, stderr) => {
            // Exit code 1: nothing matched.
            if (error && error.code !== 1) {
                reject(new GitError(`git grep failed: ${stderr.trim().split('\n')[0] || error.message}`));
                return;
            }
            resolve(stdout);
        });
    });
}
/** Paths of every file in the tree at `ref`. */
async function listTree(repo, ref) {
    const out = await git(repo, ['ls-tree', '-r', '-z', '--name-only', ref]);
    return out.split('\0').filter((path) => path !== '');
}
/**
 * Reads many blobs at `ref` (`ref:path` for each path) through the repository's object reader.
 * Missing paths map to undefined.
 */
async function readBlobs(repo, ref, paths) {
    const result = new Map();
    const readable = paths.filter((path) => !path.includes('\n'));
    if (readable.length === 0)
        return result;
    const objects = await objectReader(repo).read(readable.map((path) => `${ref}:${path}`));
    readable.forEach((path, i) => {
        const object = objects[i];
        result.set(path, object?.type === 'blob' ? object.data : undefined);
    });
    return result;
}
/** Objects by name (`<blob id>`, `rev:path`, `rev^{commit}`), in order; undefined for a missing one. */
function readObjects(repo, names) {
    if (names.length === 0)
        return Promise.resolve([]);
    if (names.some((name) => name.includes('\n')))
        throw new GitError('an object name cannot hold a newline');
    return objectReader(repo).read(names);
}
const IDLE_CLOSE_MS = 1000;
/**
 * One long-lived `git cat-file --batch` per repository: a review reads blobs, commits and trees dozens of
 * times, and starting a git process costs more than most of those reads. While idle its handles do not keep
 * Node alive, and after a second idle it exits.
 */
class ObjectReader {
    onClose;
    child;
    pending = [];
    chunks = [];
    bufferedBytes = 0;
    /** The header of the object whose content is still arriving. */
    current;
    stderr = '';
    idleTimer;
    closed = false;
    constructor(repo, onClose) {
        this.onClose = onClose;
        this.child = (0,external_node_child_process_namespaceObject.spawn)('git', [...GIT_CONFIG, 'cat-file', '--batch'], { cwd: repo, env: gitEnv() });
        this.child.stdout.on('data', (chunk) => this.receive(chunk));
        this.child.stderr.on('data', (chunk) => {
            if (this.stderr.length < 64 * 1024)
                this.stderr += chunk.toString();
        });
        this.child.stdin.on('error', () => { }); // reported through 'close'
        this.child.on('error', (error) => this.fail(new GitError(`git cat-file failed: ${error.message}`)));
        this.child.on('close', (code) => this.fail(new GitError(`git cat-file failed: ${this.stderr.trim() || `exited with ${code}`}`)));
        this.idle();
    }
    /** The objects named `names` (`rev:path`, `rev^{commit}`...), in order; undefined for a missing one. */
    read(names) {
        if (this.closed)
            return Promise.reject(new GitError('git cat-file has exited'));
        this.busy();
        const reads = names.map(() => new Promise((resolve, reject) => this.pending.push({ resolve, reject })));
        this.child.stdin.write(names.map((name) => `${name}\n`).join(''));
        return Promise.all(reads);
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        clearTimeout(this.idleTimer);
        this.child.stdin.end();
        this.onClose();
    }
    receive(chunk) {
        this.chunks.push(chunk);
        this.bufferedBytes += chunk.length;
        for (;;) {
            if (!this.current) {
                const header = this.takeLine();
                if (header === undefined)
                    return;
                const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
                if (!match) {
                    this.settle(undefined); // `<name> missing`, `<name> ambiguous`
                    continue;
                }
                this.current = { sha: match[1], type: match[2], size: Number(match[3]) };
            }
            // The content, then a newline.
            if (this.bufferedBytes < this.current.size + 1)
                return;
            const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
            const data = all.subarray(0, this.current.size);
            const rest = all.subarray(this.current.size + 1);
            this.chunks = rest.length > 0 ? [rest] : [];
            this.bufferedBytes = rest.length;
            const { sha, type } = this.current;
            this.current = undefined;
            this.settle({ sha, type, data });
        }
    }
    takeLine() {
        const first = this.chunks[0];
        if (!first)
            return undefined;
        let all = first;
        let newline = first.indexOf(0x0a);
        if (newline === -1 && this.chunks.length > 1) {
            all = Buffer.concat(this.chunks);
            this.chunks = [all];
            newline = all.indexOf(0x0a);
        }
        if (newline === -1)
            return undefined;
        const line = all.subarray(0, newline).toString();
        const rest = all.subarray(newline + 1);
        this.chunks.splice(0, 1, ...(rest.length > 0 ? [rest] : []));
        this.bufferedBytes -= newline + 1;
        return line;
    }
    settle(object) {
        this.pending.shift()?.resolve(object);
        if (this.pending.length === 0)
            this.idle();
    }
    fail(error) {
        if (!this.closed) {
            this.closed = true;
            clearTimeout(this.idleTimer);
            this.onClose();
        }
        for (const read of this.pending.splice(0))
            read.reject(error);
    }
    busy() {
        clearTimeout(this.idleTimer);
        this.idleTimer = undefined;
        for (const handle of this.handles())
            handle.ref();
    }
    idle() {
        for (const handle of this.handles())
            handle.unref();
        clearTimeout(this.idleTimer);
        this.idleTimer = setTimeout(() => this.close(), IDLE_CLOSE_MS);
        this.idleTimer.unref();
    }
    /** The process and its output pipes (sockets, whatever the stream types say). */
    handles() {
        return [this.child, this.child.stdout, this.child.stderr];
    }
}
const readers = new Map();
function objectReader(repo) {
    let reader = readers.get(repo);
    if (!reader) {
        const created = new ObjectReader(repo, () => {
            if (readers.get(repo) === created)
                readers.delete(repo);
        });
        reader = created;
        readers.set(repo, reader);
    }
    return reader;
}
/** Ends every object reader now (their idle timeout would, a second later). */
function closeObjectReaders() {
    for (const reader of [...readers.values()])
        reader.close();
}
/** One file's text at `ref`; undefined when the path is not a file there. */
async function readTextAt(repo, ref, path) {
    return (await readBlobs(repo, ref, [path])).get(path)?.toString('utf8');
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./lib/diff/mask.js
/** Shown instead of any Secret value: never the value, nor anything derived from it (not even a hash). */
const SECRET_MASK = '(masked secret value)';
function isSecret(object) {
    return object?.kind === 'Secret' && (object.apiVersion === 'v1' || object.apiVersion === '');
}
/** Keeps the shape (keys of a data map) but hides every value. */
function maskSecretValue(value) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return Object.fromEntries(Object.keys(value).map((key) => [key, SECRET_MASK]));
    }
    return SECRET_MASK;
}
/** A copy of a Secret with every data/stringData value masked, for any output that shows whole objects. */
function maskObject(object) {
    if (!isSecret(object))
        return object;
    const copy = { ...object };
    for (const field of ['data', 'stringData']) {
        if (copy[field] !== undefined)
            copy[field] = maskSecretValue(copy[field]);
    }
    return copy;
}

;// CONCATENATED MODULE: ./lib/diff/diff.js

/**
 * Pairs base and head resources by group/kind/namespace/name and reports what changed.
 * An apiVersion change within a group is a modification (the key leaves the version out).
 */
function diffResources(base, head, options = {}) {
    const baseByKey = new Map(base.map((resource) => [resource.key, resource]));
    const changes = [];
    const seen = new Set();
    for (const after of head) {
        if (seen.has(after.key))
            continue;
        seen.add(after.key);
        const before = baseByKey.get(after.key);
        if (!before) {
            changes.push({ key: after.key, type: 'added', head: after, fields: [] });
            continue;
        }
        const fields = options.identical?.(before, after)
            ? []
            : diffObjects(before.object, after.object, isSecret(after.object) || isSecret(before.object), options.ignoreFields);
        changes.push({
            key: after.key,
            type: fields.length > 0 ? 'modified' : 'unchanged',
            base: before,
            head: after,
            fields,
        });
    }
    for (const before of base) {
        if (seen.has(before.key))
            continue;
        seen.add(before.key);
        changes.push({ key: before.key, type: 'removed', base: before, fields: [] });
    }
    return changes;
}
/** Field-level differences; Secret `data`/`stringData` values are replaced by masks before they leave here. */
function diffObjects(before, after, secret, ignore) {
    const changes = [];
    walk(before, after, '', [], { secret, out: changes, ...(ignore ? { ignore } : {}) });
    return changes;
}
function walk(before, after, path, segments, state) {
    if (diff_deepEqual(before, after))
        return;
    if (state.ignore && segments.length > 0 && state.ignore.matches(segments))
        return;
    const { secret, out } = state;
    if (isPlainObject(before) && isPlainObject(after)) {
        const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
        for (const key of [...keys].sort()) {
            walk(before[key], after[key], joinKey(path, key), [...segments, key], state);
        }
        return;
    }
    if (Array.isArray(before) && Array.isArray(after)) {
        const length = Math.max(before.length, after.length);
        for (let i = 0; i < length; i++)
            walk(before[i], after[i], `${path}[${i}]`, [...segments, i], state);
        return;
    }
    if (state.ignore && (isPlainObject(before) || isPlainObject(after))) {
        // A map added or removed as a whole: what is left of it once ignored fields are taken out.
        const strip = (value) => isPlainObject(value) ? stripIgnored(value, segments, state.ignore) : value;
        before = strip(before);
        after = strip(after);
        if (diff_deepEqual(before, after))
            return;
        if (isPlainObject(before) && Object.keys(before).length === 0 && after === undefined)
            return;
        if (isPlainObject(after) && Object.keys(after).length === 0 && before === undefined)
            return;
    }
    const show = (value) => (secret && isSecretValuePath(path) ? maskSecretValue(value) : value);
    if (before === undefined)
        out.push({ path, type: 'added', after: show(after) });
    else if (after === undefined)
        out.push({ path, type: 'removed', before: show(before) });
    else
        out.push({ path, type: 'changed', before: show(before), after: show(after) });
}
function stripIgnored(value, segments, ignore) {
    const copy = {};
    for (const [key, item] of Object.entries(value)) {
        const path = [...segments, key];
        if (ignore.matches(path))
            continue;
        copy[key] = isPlainObject(item) ? stripIgnored(item, path, ignore) : item;
    }
    return copy;
}
/** `data.password`, `stringData.x`, the whole `data` map, or a last-applied annotation that repeats them. */
function isSecretValuePath(path) {
    return /^(data|stringData)(\.|\[|$)/.test(path) || path.includes('last-applied-configuration');
}
function joinKey(path, key) {
    const segment = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
    if (path === '')
        return segment;
    return segment.startsWith('"') ? `${path}[${segment}]` : `${path}.${segment}`;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function diff_deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
        return a instanceof Date && b instanceof Date
            ? a.getTime() === b.getTime()
            : Number.isNaN(a) && Number.isNaN(b);
    }
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((item, i) => diff_deepEqual(item, b[i]));
    }
    const aKeys = Object.keys(a);
    const bObject = b;
    return (aKeys.length === Object.keys(bObject).length &&
        aKeys.every((key) => Object.hasOwn(bObject, key) && diff_deepEqual(a[key], bObject[key])));
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./lib/rules/parse-error.js
/** Reported by the pipeline itself for files that cannot be read as YAML; not a per-resource check. */
const parseErrorMeta = {
    id: 'parse-error',
    description: 'A changed manifest file cannot be parsed (invalid YAML, alias bomb, binary or too large).',
    category: 'parsing',
    defaultSeverity: 'error',
};

;// CONCATENATED MODULE: ./lib/engine/engine.js





/**
 * Runs the rules over resources as they come. A rule that waits for a repo lookup does not hold up the others:
 * its check finishes in `finish()`, which an audit calls after its single pass over the files.
 */
class ResourceChecker {
    options;
    repo;
    enabled;
    ignore;
    findings = [];
    pending = [];
    constructor(rules, options, repo) {
        this.options = options;
        this.repo = repo;
        this.enabled = rules.filter((rule) => options.rules[rule.meta.id]?.enabled !== false);
        this.ignore = compileIgnores(options.ignore);
    }
    check(subjects) {
        const { options } = this;
        for (const { resource, change } of subjects) {
            const context = {
                kubernetesVersion: options.kubernetesVersion,
                upgradeVersion: options.upgradeVersion,
                repo: this.repo,
                ...(change ? { change } : {}),
            };
            for (const rule of this.enabled) {
                const id = rule.meta.id;
                if (resource.ignoredRules.has(id) || resource.ignoredRules.has('*') || this.ignore(id, resource))
                    continue;
                const report = (found) => this.findings.push(toFinding(rule, resource, found, options));
                try {
                    const pending = rule.check(resource, context, report);
                    if (pending)
                        this.pending.push(pending.catch((error) => this.internalError(rule, resource, error)));
                }
                catch (error) {
                    this.internalError(rule, resource, error);
                }
            }
        }
    }
    async finish() {
        await Promise.all(this.pending);
        return this.findings;
    }
    internalError(rule, resource, error) {
        const id = rule.meta.id;
        this.findings.push({
            ruleId: id,
            severity: 'error',
            message: `internal error in rule ${id}: ${errorMessage(error)}`,
            file: resource.file,
            line: resource.line,
            resource: resource.ref,
            helpUri: ruleHelpUri(id),
            fingerprint: fingerprint([id, resource.file, resource.key, 'internal-error']),
        });
    }
}
async function checkResources(subjects, rules, options, repo) {
    const checker = new ResourceChecker(rules, options, repo);
    checker.check(subjects);
    return checker.finish();
}
function parseProblemFindings(problems, options) {
    const setting = options.rules[parseErrorMeta.id];
    if (setting?.enabled === false)
        return [];
    const ignore = compileIgnores(options.ignore);
    const findings = [];
    for (const problem of problems) {
        if (ignore(parseErrorMeta.id, undefined, problem.file))
            continue;
        findings.push({
            ruleId: parseErrorMeta.id,
            severity: setting?.severity ?? parseErrorMeta.defaultSeverity,
            message: problem.message,
            file: problem.file,
            line: problem.line,
            helpUri: ruleHelpUri(parseErrorMeta.id),
            fingerprint: fingerprint([parseErrorMeta.id, problem.file, problem.message.replace(/\d+/g, '#')]),
        });
    }
    return findings;
}
/** Runs whole-change analyzers; their findings get the same settings, ignores and fingerprints as rule findings. */
async function runAnalyzers(analyzers, input, resourcesByRef) {
    const { options } = input;
    const ignore = compileIgnores(options.ignore);
    const findings = [];
    for (const analyzer of analyzers) {
        const enabled = new Set(analyzer.metas.filter((meta) => options.rules[meta.id]?.enabled !== false).map((meta) => meta.id));
        if (enabled.size === 0)
            continue;
        const defaults = new Map(analyzer.metas.map((meta) => [meta.id, meta.defaultSeverity]));
        const report = (found) => {
            if (!enabled.has(found.ruleId))
                return;
            const resource = found.subject ?? (found.resource ? resourcesByRef(found.resource, found.file) : undefined);
            if (resource && (resource.ignoredRules.has(found.ruleId) || resource.ignoredRules.has('*')))
                return;
            if (ignore(found.ruleId, resource, found.file))
                return;
            findings.push({
                ruleId: found.ruleId,
                severity: options.rules[found.ruleId]?.severity ?? found.severity ?? defaults.get(found.ruleId) ?? 'error',
                message: found.message,
                file: found.file,
                line: found.line,
                ...(found.endLine ? { endLine: found.endLine } : {}),
                ...(found.resource ? { resource: found.resource } : {}),
                helpUri: ruleHelpUri(found.ruleId),
                fingerprint: fingerprint([found.ruleId, found.file, found.key]),
                ...(found.fix ? { fix: found.fix } : {}),
            });
        };
        try {
            await analyzer.analyze(input, report);
        }
        catch (error) {
            const id = analyzer.metas[0]?.id ?? 'analyzer';
            findings.push({
                ruleId: id,
                severity: 'error',
                message: `internal error in ${id}: ${errorMessage(error)}`,
                file: input.changedFiles[0]?.path ?? '.',
                line: 1,
                helpUri: ruleHelpUri(id),
                fingerprint: fingerprint([id, 'internal-error']),
            });
        }
    }
    return findings;
}
function toFinding(rule, resource, found, options) {
    const id = rule.meta.id;
    const line = found.path ? resource.lineOf(found.path) : resource.line;
    return {
        ruleId: id,
        severity: options.rules[id]?.severity ?? found.severity ?? rule.meta.defaultSeverity,
        message: found.message,
        file: resource.file,
        line,
        resource: resource.ref,
        helpUri: ruleHelpUri(id),
        fingerprint: fingerprint([id, resource.file, resource.key, found.key ?? '']),
        ...(found.fix ? { fix: found.fix } : {}),
    };
}
/** Stable when lines move: built from what the finding is about, never from where it is. */
function fingerprint(parts) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(parts.join('\0')).digest('hex').slice(0, 20);
}
function compileIgnores(entries) {
    if (entries.length === 0)
        return () => false;
    const compiled = entries.map((entry) => ({
        ...entry,
        pathPattern: entry.path ? globToRegExp(entry.path) : undefined,
    }));
    return (ruleId, resource, file) => compiled.some((entry) => {
        if (entry.rules && !entry.rules.includes(ruleId))
            return false;
        const path = resource?.file ?? file ?? '';
        if (entry.pathPattern && !entry.pathPattern.test(path))
            return false;
        if (entry.kind !== undefined || entry.name !== undefined || entry.namespace !== undefined) {
            if (!resource)
                return false;
            if (entry.kind !== undefined && entry.kind !== resource.ref.kind)
                return false;
            if (entry.name !== undefined && !nameMatches(entry.name, resource.ref.name))
                return false;
            if (entry.namespace !== undefined && !nameMatches(entry.namespace, resource.ref.namespace ?? ''))
                return false;
        }
        return true;
    });
}

;// CONCATENATED MODULE: ./lib/collect/repo-lookup.js
/** A cheap text test for files that may hold an object of one of `kinds`: YAML `kind: X` or JSON `"kind": "X"`. */
function mentionsKind(kinds) {
    const names = kinds.map((kind) => kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const pattern = new RegExp(`(?:^|\\n)[ \\t-]*kind:[ \\t]*["']?(?:${names})["']?[ \\t]*(?:#[^\\n]*)?(?:\\r?\\n|$)|"kind"\\s*:\\s*"(?:${names})"`);
    return (text) => pattern.test(text);
}
function kindsKey(kinds) {
    return [...new Set(kinds)].sort().join(',');
}
/** The same test as a POSIX extended regular expression, for `git grep -E`. */
function kindPatterns(kinds) {
    const names = kinds.map((kind) => kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    return [
        `^[[:space:]-]*kind:[[:space:]]*["']?(${names})["']?[[:space:]]*(#.*)?$`,
        `"kind"[[:space:]]*:[[:space:]]*"(${names})"`,
    ];
}
/** The kinds named by the line matches of {@link kindPatterns} (`git grep -o`), by path. */
function kindMentions(matches) {
    const mentions = new Map();
    for (const [path, texts] of matches) {
        const kinds = new Set();
        for (const text of texts) {
            const kind = /kind"?\s*:\s*["']?([^"'\s#]+)/.exec(text)?.[1];
            if (kind)
                kinds.add(kind);
        }
        if (kinds.size > 0)
            mentions.set(path, kinds);
    }
    return mentions;
}
/** The paths that mention any of `kinds`. */
function mentioningAny(mentions, kinds) {
    return [...mentions].filter(([, named]) => kinds.some((kind) => named.has(kind))).map(([path]) => path);
}
/**
 * Lookups for a review: only the files at head that mention a kind asked for are read and parsed, so the
 * cost follows what the rules look for, not the size of the repo. The same kinds always give the same array,
 * so indexes built on it can be cached.
 */
function treeLookup(source) {
    const parsed = new Map();
    const results = new Map();
    const load = async (kinds) => {
        const wanted = new Set(kinds);
        const mentions = mentionsKind(kinds);
        const found = source.known.filter((resource) => wanted.has(resource.ref.kind));
        for (const [path, text] of await source.readMentioning(kinds)) {
            if (!mentions(text))
                continue;
            let file = parsed.get(path);
            if (!file) {
                file = source.parse(path, text);
                parsed.set(path, file);
            }
            found.push(...file.resources.filter((resource) => wanted.has(resource.ref.kind)));
        }
        return found;
    };
    return {
        resourcesOfKind(kinds) {
            const key = kindsKey(kinds);
            let result = results.get(key);
            if (!result) {
                result = load(kinds);
                results.set(key, result);
            }
            return result;
        },
    };
}
/**
 * Lookups for an audit, which parses every file once, in one pass. A kind few files mention (an HPA, a
 * LimitRange, a CRD) is answered at once by parsing just those files. A kind most files hold (Deployments) is
 * collected as the pass goes, without its YAML nodes, and answered when the pass is over: a rule checking the
 * first file still sees a Deployment in the last one, and no file is parsed twice.
 */
class StreamingLookup {
    files;
    parse;
    collected = new Map();
    results = new Map();
    endOfPass;
    passDone = new Promise((resolve) => (this.endOfPass = resolve));
    constructor(declaredKinds, files, parse) {
        this.files = files;
        this.parse = parse;
        const common = Math.max(50, files.length / 10);
        for (const kind of new Set(declaredKinds)) {
            const mentions = mentionsKind([kind]);
            let count = 0;
            for (const file of files)
                if (mentions(file.text) && ++count > common)
                    break;
            if (count > common)
                this.collected.set(kind, []);
        }
    }
    /** Called with every file of the pass, in order. */
    observe(file) {
        if (this.collected.size === 0)
            return;
        for (const resource of file.resources) {
            const list = this.collected.get(resource.ref.kind);
            if (list)
                list.push(withoutNodes(resource));
        }
    }
    finishPass() {
        this.endOfPass();
    }
    resourcesOfKind(kinds) {
        const key = kindsKey(kinds);
        let result = this.results.get(key);
        if (!result) {
            const unique = [...new Set(kinds)];
            const rare = unique.filter((kind) => !this.collected.has(kind));
            const found = rare.length > 0 ? this.parseMentioning(rare) : [];
            result = unique.some((kind) => this.collected.has(kind))
                ? this.passDone.then(() => [...found, ...unique.flatMap((kind) => this.collected.get(kind) ?? [])])
                : Promise.resolve(found);
            this.results.set(key, result);
        }
        return result;
    }
    parseMentioning(kinds) {
        const mentions = mentionsKind(kinds);
        const wanted = new Set(kinds);
        const found = [];
        for (const { path, text } of this.files) {
            if (!mentions(text))
                continue;
            for (const resource of this.parse(path, text).resources) {
                if (wanted.has(resource.ref.kind))
                    found.push(withoutNodes(resource));
            }
        }
        return found;
    }
}
/** A looked-up resource keeps its object and lines, not the YAML tree behind `lineOf`. */
function withoutNodes(resource) {
    const line = resource.line;
    return { ...resource, lineOf: () => line };
}
/** Lookups over a fixed set of resources (tests, and callers that already hold everything). */
function staticLookup(resources) {
    const results = new Map();
    return {
        resourcesOfKind(kinds) {
            const key = kindsKey(kinds);
            let result = results.get(key);
            if (!result) {
                const wanted = new Set(kinds);
                result = resources.filter((resource) => wanted.has(resource.ref.kind));
                results.set(key, result);
            }
            return Promise.resolve(result);
        },
    };
}

;// CONCATENATED MODULE: ./lib/collect/charts.js



function isChartFile(path) {
    return baseName(path) === 'Chart.yaml';
}
function parseChart(file, text) {
    const parsed = parseYamlWithLines(text);
    if (!parsed)
        return undefined;
    const data = asRecord(parsed.data);
    const dir = dirOf(file);
    const info = {
        dir,
        file,
        name: asString(data.name) ?? baseName(dir),
        version: asString(data.version) ?? '',
        ...(asString(data.appVersion) !== undefined ? { appVersion: asString(data.appVersion) } : {}),
        type: asString(data.type) ?? 'application',
        versionLine: parsed.lineOf(['version']),
        dependencies: [],
        escaping: [],
    };
    asList(data.dependencies).forEach((entry, index) => {
        const dependency = asRecord(entry);
        const name = asString(dependency.name);
        if (!name)
            return;
        const repository = asString(dependency.repository) ?? '';
        const line = parsed.lineOf(['dependencies', index]);
        const item = {
            name,
            version: asString(dependency.version) ?? '',
            repository,
            line,
            versionLine: parsed.lineOf(['dependencies', index, 'version']),
        };
        if (repository.startsWith('file://')) {
            const local = joinRepoPath(dir, repository.slice('file://'.length));
            if (local === undefined)
                info.escaping.push({ repository, line });
            else
                item.localDir = local;
        }
        else if (repository !== '' && !isRemoteReference(repository) && !repository.startsWith('@')) {
            // A bare path is how some charts write file:// dependencies; helm reads it the same way.
            const local = joinRepoPath(dir, repository);
            if (local === undefined)
                info.escaping.push({ repository, line });
            else
                item.localDir = local;
        }
        info.dependencies.push(item);
    });
    return info;
}
/** A chart vendored inside another chart's `charts/` directory is part of that chart, not a release of its own. */
function isSubchart(dir, chartDirs) {
    const parts = dir.split('/');
    for (let i = parts.length - 2; i >= 1; i--) {
        if (parts[i] === 'charts' && chartDirs.has(parts.slice(0, i).join('/')))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./lib/collect/kustomizations.js



const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
function isKustomizationFile(path) {
    return KUSTOMIZATION_FILES.includes(baseName(path));
}
function parseKustomization(file, text, dirs) {
    const parsed = parseYamlWithLines(text);
    if (!parsed)
        return undefined;
    const data = asRecord(parsed.data);
    const dir = dirOf(file);
    const info = {
        dir,
        file,
        component: asString(data.kind) === 'Component',
        dirRefs: [],
        remote: [],
        escaping: [],
        originAnnotations: asList(data.buildMetadata).includes('originAnnotations'),
        helmCharts: [],
        chartHome: joinRepoPath(dir, 'charts'),
    };
    const chartHome = asString(asRecord(data.helmGlobals).chartHome);
    if (chartHome !== undefined) {
        const path = joinRepoPath(dir, chartHome);
        if (path === undefined)
            info.escaping.push({ reference: chartHome, line: parsed.lineOf(['helmGlobals', 'chartHome']) });
        else
            info.chartHome = path;
    }
    asList(data.helmCharts).forEach((raw, index) => {
        const entry = asRecord(raw);
        const name = asString(entry.name);
        if (!name)
            return;
        const repo = asString(entry.repo);
        const version = asString(entry.version);
        info.helmCharts.push({
            name,
            ...(repo ? { repo } : {}),
            ...(version ? { version, versionLine: parsed.lineOf(['helmCharts', index, 'version']) } : {}),
            line: parsed.lineOf(['helmCharts', index]),
        });
    });
    for (const field of ['resources', 'bases', 'components']) {
        asList(data[field]).forEach((entry, index) => {
            const reference = asString(entry);
            if (!reference)
                return;
            if (isRemoteReference(reference)) {
                info.remote.push({ reference, field, index, line: parsed.lineOf([field, index]) });
                return;
            }
            const path = joinRepoPath(dir, reference);
            if (path === undefined)
                info.escaping.push({ reference, line: parsed.lineOf([field, index]) });
            else if (dirs.has(path) && path !== dir)
                info.dirRefs.push(path);
        });
    }
    return info;
}
/** The kustomization directory and every directory it builds on, transitively (cycles are cut). */
function kustomizeClosure(dir, byDir) {
    const seen = new Set();
    const visit = (current) => {
        if (seen.has(current))
            return;
        seen.add(current);
        for (const ref of byDir.get(current)?.dirRefs ?? [])
            visit(ref);
    };
    visit(dir);
    return [...seen];
}

;// CONCATENATED MODULE: ./lib/collect/index-side.js

/** The chart directory and the `file://` dependencies it pulls in, transitively. */
function chartInputDirs(dir, charts) {
    const seen = new Set();
    const visit = (current) => {
        if (seen.has(current))
            return;
        seen.add(current);
        for (const dependency of charts.get(current)?.dependencies ?? []) {
            if (dependency.localDir !== undefined)
                visit(dependency.localDir);
        }
    };
    visit(dir);
    return [...seen];
}
function kustomizationFileIn(dir, tree) {
    return KUSTOMIZATION_FILES.map((name) => (dir === '' ? name : `${dir}/${name}`)).find((file) => tree.files.has(file));
}
/** What a declared source renders with, judged from the directory it points at (as Argo CD does). */
function sourceKind(dir, index) {
    if (index.charts.has(dir))
        return 'helm';
    if (kustomizationFileIn(dir, index.tree))
        return 'kustomize';
    return index.tree.dirs.has(dir) ? 'directory' : 'missing';
}
/** Builds a Helm target; the repo files it reads (local chart, values files) become its inputs. */
function helmTarget(base, spec, index, problems) {
    const inputDirs = spec.chart.type === 'path' ? chartInputDirs(spec.chart.path, index.charts) : [];
    const inputFiles = [
        ...spec.valuesFiles.filter((file) => !file.inChart).map((file) => file.path),
        ...spec.setFiles.map((file) => file.path),
    ];
    if (spec.chart.type === 'path') {
        for (const dir of inputDirs) {
            for (const escaping of index.charts.get(dir)?.escaping ?? []) {
                problems.push({
                    message: `chart dependency '${escaping.repository}' is outside the repository: it is not read`,
                    at: { file: index.charts.get(dir).file, line: escaping.line },
                    severity: 'error',
                });
            }
        }
    }
    return { ...base, spec, inputDirs, inputFiles: [...new Set(inputFiles)], problems };
}
function valuesFileProblem(reference, at) {
    return {
        message: `values file '${reference}' is outside the repository: it is not read, and the release is not rendered`,
        at,
        severity: 'error',
    };
}
function emptyHelmSpec(chart, releaseName, namespace) {
    return {
        type: 'helm',
        chart,
        releaseName,
        namespace,
        valuesFiles: [],
        inlineValues: [],
        set: [],
        setFiles: [],
        includeCrds: true,
        apiVersions: [],
    };
}

;// CONCATENATED MODULE: ./lib/collect/applicationset.js
// The Applications an Argo CD ApplicationSet generates, where the repository alone says what they are: list
// generators, git directory and file generators over this repository, and matrix and merge generators of
// those, with selectors and `values`, as the ApplicationSet controller computes them. Cluster, pull request,
// SCM provider, plugin and cluster decision generators depend on the live system and are left out.




/** Why a generator's parameters cannot be known from the repository. */
class Unknowable extends Error {
}
async function applicationSet(resource, context) {
    const spec = asRecord(resource.object.spec);
    const template = asRecord(spec.template);
    const setNs = resource.ref.namespace ?? '';
    const label = `ApplicationSet ${setNs ? `${setNs}/` : ''}${resource.ref.name}`;
    if (typeof spec.templatePatch === 'string' && spec.templatePatch.trim() !== '') {
        context.note(`${label}: templatePatch is a Go template of its own: the Applications are not rendered`);
        return [];
    }
    const generatorContext = { ...context, goTemplate: spec.goTemplate === true, label };
    const sets = [];
    if (!hasPlaceholder(template)) {
        sets.push({ params: {}, files: [] });
    }
    else {
        for (const generator of asList(spec.generators)) {
            try {
                sets.push(...(await generate(asRecord(generator), generatorContext)));
            }
            catch (error) {
                if (!(error instanceof Unknowable))
                    throw error;
                context.note(`${label}: ${error.message}`);
            }
        }
    }
    const apps = [];
    const names = new Set();
    for (const { params, files } of sets) {
        const state = { unresolved: false };
        const filled = asRecord(substitute(template, params, state));
        const name = asString(asRecord(filled.metadata).name);
        if (state.unresolved || !name) {
            context.note(`${label}: a template with placeholders the repository does not fill is not rendered`);
            continue;
        }
        if (names.has(name))
            continue; // the controller refuses duplicates; the first one stands for them
        names.add(name);
        apps.push({
            id: `ApplicationSet:${setNs}/${resource.ref.name}/${name}`,
            label: `Application ${name} (${label})`,
            name,
            spec: asRecord(filled.spec),
            lineOf: (path) => path[0] === 'spec'
                ? resource.lineOf(['spec', 'template', 'spec', ...path.slice(1)])
                : resource.lineOf(['spec', 'template', ...path]),
            file: resource.file,
            declared: { start: resource.line, end: resource.endLine },
            inputFiles: files,
        });
    }
    return apps;
}
async function generate(generator, context) {
    let sets;
    if (isRecord(generator.list))
        sets = listParams(generator.list);
    else if (isRecord(generator.git))
        sets = await gitParams(generator.git, context);
    else if (isRecord(generator.matrix))
        sets = await matrixParams(generator.matrix, context);
    else if (isRecord(generator.merge))
        sets = await mergeParams(generator.merge, context);
    else {
        const kind = Object.keys(generator).find((key) => key !== 'selector' && key !== 'values') ?? 'unknown';
        throw new Unknowable(`the ${kind} generator depends on the live system: its Applications are not rendered`);
    }
    const body = asRecord(Object.values(generator).find(isRecord));
    if (isRecord(body.values))
        sets = sets.map((set) => withValues(set, asRecord(body.values), context));
    if (isRecord(generator.selector))
        sets = sets.filter((set) => selects(asRecord(generator.selector), set.params));
    return sets;
}
function listParams(list) {
    if (!Array.isArray(list.elements)) {
        throw new Unknowable('a list generator without elements (elementsYaml) is not rendered');
    }
    return list.elements.map((element) => ({ params: flatten(asRecord(element)), files: [] }));
}
async function gitParams(git, context) {
    const repoURL = asString(git.repoURL) ?? '';
    if (!context.identity.includes(repoURL)) {
        throw new Unknowable(`the git generator reads ${repoURL}, not this repository: its Applications are not rendered`);
    }
    const prefix = asString(git.pathParamPrefix) ?? '';
    const key = (name) => (prefix ? `${prefix}.${name}` : name);
    const { tree } = context.index;
    if (Array.isArray(git.directories)) {
        const entries = git.directories.map(asRecord);
        const include = entries
            .filter((entry) => entry.exclude !== true)
            .map((entry) => asString(entry.path) ?? '');
        const exclude = entries
            .filter((entry) => entry.exclude === true)
            .map((entry) => asString(entry.path) ?? '');
        const dirs = [...tree.dirs]
            .filter((dir) => dir !== '' && !dir.split('/').some((part) => part.startsWith('.')))
            .filter((dir) => include.some((p) => pathMatch(p, dir)) && !exclude.some((p) => pathMatch(p, dir)))
            .sort();
        return dirs.map((dir) => ({ params: pathParams(dir, undefined, key, context.goTemplate), files: [] }));
    }
    if (Array.isArray(git.files)) {
        const entries = git.files.map(asRecord);
        const include = entries
            .filter((entry) => entry.exclude !== true)
            .map((entry) => asString(entry.path) ?? '');
        const exclude = entries
            .filter((entry) => entry.exclude === true)
            .map((entry) => asString(entry.path) ?? '');
        const files = [...tree.files.keys()]
            .filter((file) => include.some((p) => pathspecMatch(p, file)) && !exclude.some((p) => pathspecMatch(p, file)))
            .sort();
        const texts = await tree.readText(files);
        const sets = [];
        for (const file of files) {
            for (const content of fileObjects(texts.get(file) ?? '', file)) {
                const params = {
                    ...flatten(content),
                    ...pathParams(dirOf(file) || '.', baseName(file), key, context.goTemplate),
                };
                sets.push({ params, files: [file] });
            }
        }
        return sets;
    }
    throw new Unknowable('a git generator with neither directories nor files is not rendered');
}
/** The objects a files generator reads from one file: a mapping, or each mapping of a list. */
function fileObjects(text, file) {
    let data;
    try {
        data = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
    }
    catch (error) {
        throw new Unknowable(`the git files generator cannot read ${file}: ${error.message.split('\n')[0]}`);
    }
    if (data === null || data === undefined)
        return [{}];
    if (isRecord(data))
        return [data];
    if (Array.isArray(data) && data.every(isRecord))
        return data;
    throw new Unknowable(`the git files generator reads ${file}, which is neither a mapping nor a list of them`);
}
/** `path`, `path.basename`... for a directory (or a file's directory), in the template style in use. */
function pathParams(dir, filename, key, goTemplate) {
    const params = {};
    const segments = dir.split('/');
    params[key(goTemplate ? 'path.path' : 'path')] = dir;
    params[key('path.basename')] = segments[segments.length - 1];
    params[key('path.basenameNormalized')] = sanitizeName(segments[segments.length - 1]);
    if (filename !== undefined) {
        params[key('path.filename')] = filename;
        params[key('path.filenameNormalized')] = sanitizeName(filename);
    }
    segments.forEach((segment, i) => {
        if (segment === '')
            return;
        params[key(goTemplate ? `path.segments.${i}` : `path[${i}]`)] = segment;
    });
    return params;
}
async function matrixParams(matrix, context) {
    const children = asList(matrix.generators).map(asRecord);
    if (children.length !== 2)
        throw new Unknowable('a matrix generator needs exactly two generators');
    const out = [];
    for (const first of await generate(children[0], context)) {
        // The second generator may use the first one's parameters in its own fields.
        const state = { unresolved: false };
        const second = asRecord(substitute(children[1], first.params, state));
        for (const set of await generate(second, context)) {
            const params = combine(first.params, set.params, context.goTemplate);
            out.push({ params, files: [...first.files, ...set.files] });
        }
    }
    return out;
}
/** goTemplate: the first generator's value wins; otherwise the same key with two values is an error. */
function combine(first, second, goTemplate) {
    if (!goTemplate) {
        for (const [name, value] of Object.entries(second)) {
            if (name in first && first[name] !== value) {
                throw new Unknowable(`the matrix generator finds ${name} twice with different values (the controller fails)`);
            }
        }
    }
    return { ...second, ...first };
}
async function mergeParams(merge, context) {
    const keys = asList(merge.mergeKeys)
        .map(asString)
        .filter((key) => !!key);
    const children = asList(merge.generators).map(asRecord);
    if (keys.length === 0 || children.length < 2) {
        throw new Unknowable('a merge generator needs mergeKeys and at least two generators');
    }
    const identity = (params) => JSON.stringify(keys.map((key) => params[key] ?? null));
    const base = await generate(children[0], context);
    for (const child of children.slice(1)) {
        const byKey = new Map((await generate(child, context)).map((set) => [identity(set.params), set]));
        for (const [i, set] of base.entries()) {
            const match = byKey.get(identity(set.params));
            if (match)
                base[i] = { params: { ...set.params, ...match.params }, files: [...set.files, ...match.files] };
        }
    }
    return base;
}
/** A generator's `values`: each templated with that generator's parameters, as `values.<name>`. */
function withValues(set, values, context) {
    const params = { ...set.params };
    for (const [name, value] of Object.entries(values)) {
        const state = { unresolved: false };
        const rendered = substitute(asString(value) ?? '', set.params, state);
        if (state.unresolved && context.goTemplate)
            continue; // left out: the template then stays unresolved
        params[`values.${name}`] = rendered;
    }
    return { ...set, params };
}
/** A label selector (matchLabels, matchExpressions) over a parameter set. */
function selects(selector, params) {
    for (const [name, value] of Object.entries(asRecord(selector.matchLabels))) {
        if (params[name] !== asString(value))
            return false;
    }
    for (const raw of asList(selector.matchExpressions)) {
        const expression = asRecord(raw);
        const name = asString(expression.key) ?? '';
        const values = asList(expression.values).map(asString);
        const present = name in params;
        switch (asString(expression.operator)) {
            case 'In':
                if (!present || !values.includes(params[name]))
                    return false;
                break;
            case 'NotIn':
                if (present && values.includes(params[name]))
                    return false;
                break;
            case 'Exists':
                if (!present)
                    return false;
                break;
            case 'DoesNotExist':
                if (present)
                    return false;
                break;
            default:
                throw new Unknowable(`a selector operator '${asString(expression.operator) ?? ''}' is not known`);
        }
    }
    return true;
}
/** Argo CD's name normalisation: lowercase, DNS characters only, at most 253, no leading or trailing - and . */
function sanitizeName(name) {
    return name
        .toLowerCase()
        .replace(/[^-a-z0-9.]/g, '-')
        .slice(0, 253)
        .replace(/^[-.]+|[-.]+$/g, '');
}
/** Go's path.Match: `*` and `?` stay within a path segment; `[...]` classes. */
function pathMatch(pattern, path) {
    return globExpression(pattern, '[^/]').test(path);
}
/**
 * A git pathspec, as `git ls-files -- <pattern>` reads it (the files generator's default): wildcards match
 * across `/`, and a pattern without wildcards names a file or a directory of files.
 */
function pathspecMatch(pattern, path) {
    const spec = pattern.replace(/^\/+/, '');
    if (!/[*?[]/.test(spec))
        return path === spec || path.startsWith(`${spec.replace(/\/+$/, '')}/`);
    return globExpression(spec, '.').test(path);
}
function globExpression(pattern, any) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '*')
            source += `${any}*`;
        else if (char === '?')
            source += any;
        else if (char === '\\' && i + 1 < pattern.length)
            source += applicationset_escapeRegExp(pattern[++i]);
        else if (char === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end === -1)
                return /(?!)/; // a class left open matches nothing (Go: ErrBadPattern)
            const body = pattern.slice(i + 1, end);
            const negated = body.startsWith('^') || body.startsWith('!');
            source += `[${negated ? `^${body.slice(1)}` : body}]`;
            i = end;
        }
        else
            source += applicationset_escapeRegExp(char);
    }
    return new RegExp(`^${source}$`);
}
function applicationset_escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
// ---- templates ----
/** `{{name}}`, `{{ .a.b }}`, and `{{ index .path.segments 1 }}`: the lookups both template styles share. */
const PLACEHOLDER = /\{\{\s*(?:index\s+\.([A-Za-z0-9_.-]+)\s+(\d+)|\.?([A-Za-z0-9_.[\]-]+))\s*\}\}/g;
function hasPlaceholder(value) {
    if (typeof value === 'string')
        return value.includes('{{');
    if (Array.isArray(value))
        return value.some(hasPlaceholder);
    if (isRecord(value))
        return Object.entries(value).some(([key, item]) => key.includes('{{') || hasPlaceholder(item));
    return false;
}
function substitute(value, params, state) {
    if (typeof value === 'string') {
        const result = value.replace(PLACEHOLDER, (match, list, index, name) => {
            const param = params[list !== undefined ? `${list}.${index}` : name];
            if (param === undefined)
                state.unresolved = true;
            return param ?? match;
        });
        if (result.includes('{{'))
            state.unresolved = true;
        return result;
    }
    if (Array.isArray(value))
        return value.map((item) => substitute(item, params, state));
    if (isRecord(value)) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [
            substitute(key, params, state),
            substitute(item, params, state),
        ]));
    }
    return value;
}
/** `{a: {b: 'x'}, l: [1]}` -> `{'a.b': 'x', 'l.0': '1'}`: nested values by dotted name, as both styles read them. */
function flatten(value, prefix = '', out = {}) {
    const entries = Array.isArray(value)
        ? value.map((item, i) => [String(i), item])
        : Object.entries(value);
    for (const [key, item] of entries) {
        const name = prefix ? `${prefix}.${key}` : key;
        if (isRecord(item) || Array.isArray(item))
            flatten(item, name, out);
        else if (item === null || item === undefined)
            out[name] = '';
        else
            out[name] = typeof item === 'string' ? item : String(item);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/collect/argo.js






const ARGO_API_GROUP = 'argoproj.io';
function isArgoApplication(resource) {
    return (resource.ref.apiVersion.startsWith(`${ARGO_API_GROUP}/`) &&
        (resource.ref.kind === 'Application' || resource.ref.kind === 'ApplicationSet'));
}
/** Render targets of an Application or ApplicationSet. */
async function argoTargets(resource, context) {
    const apps = resource.ref.kind === 'Application' ? [application(resource)] : await applicationSet(resource, context);
    return apps.flatMap((app) => applicationTargets(app, context));
}
function application(resource) {
    const ns = resource.ref.namespace ?? '';
    return {
        id: `Application:${ns}/${resource.ref.name}`,
        label: `Application ${ns ? `${ns}/` : ''}${resource.ref.name}`,
        name: resource.ref.name,
        spec: asRecord(resource.object.spec),
        lineOf: (path) => resource.lineOf(path),
        file: resource.file,
        declared: { start: resource.line, end: resource.endLine },
    };
}
function applicationTargets(app, context) {
    const { spec } = app;
    const multi = Array.isArray(spec.sources);
    const sources = multi
        ? asList(spec.sources).map((source, i) => [source, ['spec', 'sources', i]])
        : [[spec.source, ['spec', 'source']]];
    const refs = new Set(sources.map(([source]) => asString(asRecord(source).ref)).filter((ref) => !!ref));
    const namespace = asString(asRecord(spec.destination).namespace) || 'default';
    const targets = [];
    sources.forEach(([raw, path], i) => {
        const target = sourceTarget(app, asRecord(raw), path, i, { ...context, refs, namespace });
        if (target)
            targets.push(target);
    });
    if (targets.length > 1) {
        targets.forEach((target, i) => (target.label = `${target.label} (source ${i + 1})`));
    }
    for (const target of targets)
        target.inputFiles = [...new Set([...target.inputFiles, ...(app.inputFiles ?? [])])];
    return targets;
}
function sourceTarget(app, source, sourcePath, position, context) {
    const at = (path) => ({ file: app.file, line: app.lineOf([...sourcePath, ...path]) });
    const id = position === 0 ? app.id : `${app.id}#${position}`;
    const common = {
        id,
        label: app.label,
        // The source in the Application: where a failed render of it is reported.
        anchor: { file: app.file, line: app.lineOf(sourcePath) },
        declared: app.declared,
    };
    const problems = [];
    const chartName = asString(source.chart);
    const sourceDir = asString(source.path);
    const repoURL = asString(source.repoURL) ?? '';
    const revision = asString(source.targetRevision) ?? '';
    let chart;
    let chartDir;
    if (chartName) {
        const remote = remoteChart(repoURL, chartName, revision);
        if (!remote) {
            context.note(`${app.label}: chart repository '${repoURL}' is not an HTTP(S) or OCI Helm repository`);
            return undefined;
        }
        chart = remote;
    }
    else if (sourceDir !== undefined) {
        if (asRecord(source).plugin !== undefined) {
            context.note(`${app.label}: config management plugins are never run`);
            return undefined;
        }
        // A source with a path and no chart is read from this repository, when it names this repository.
        if (!context.identity.includes(repoURL)) {
            context.note(`${app.label}: source repository ${repoURL} is not this repository: it is not rendered`);
            return undefined;
        }
        const dir = repoPath(sourceDir);
        if (dir === undefined) {
            problems.push({
                message: `source path '${sourceDir}' is outside the repository: it is not read`,
                at: at(['path']),
                severity: 'error',
            });
            return { ...common, spec: { type: 'kustomize', path: '' }, inputDirs: [], inputFiles: [], problems };
        }
        const kind = sourceKind(dir, context.index);
        if (kind === 'kustomize') {
            context.consumed.add(dir);
            return kustomizeSourceTarget(common, dir, context.index);
        }
        if (kind !== 'helm')
            return undefined; // plain manifests are reviewed as files; a missing path lives elsewhere
        context.consumed.add(dir);
        chart = { type: 'path', path: dir };
        chartDir = dir;
    }
    else {
        return undefined; // a `ref` source only provides values files
    }
    const helm = asRecord(source.helm);
    const spec = emptyHelmSpec(chart, asString(helm.releaseName) || app.name, asString(helm.namespace) || context.namespace);
    spec.includeCrds = helm.skipCrds !== true;
    const kubeVersion = asString(helm.kubeVersion) ?? asString(source.kubeVersion);
    if (kubeVersion)
        spec.kubeVersion = kubeVersion;
    spec.apiVersions = asList(helm.apiVersions ?? source.apiVersions)
        .map(asString)
        .filter((v) => !!v);
    const optional = helm.ignoreMissingValueFiles === true;
    asList(helm.valueFiles).forEach((entry, j) => {
        const reference = asString(entry);
        if (!reference)
            return;
        const where = at(['helm', 'valueFiles', j]);
        if (isRemoteReference(reference)) {
            problems.push({
                message: `values file '${reference}' is a URL: remote values files are not fetched, so the release is not rendered`,
                at: where,
                severity: 'warning',
            });
            return;
        }
        const refMatch = /^\$([^/]+)\/(.*)$/.exec(reference);
        if (refMatch) {
            if (!context.refs.has(refMatch[1])) {
                problems.push({
                    message: `values file '${reference}' names no source ref`,
                    at: where,
                    severity: 'error',
                });
                return;
            }
            const path = repoPath(refMatch[2]);
            if (path === undefined)
                problems.push(valuesFileProblem(reference, where));
            else
                spec.valuesFiles.push({ path, at: where, ...(optional ? { optional } : {}) });
        }
        else if (chartDir !== undefined) {
            const path = joinRepoPath(chartDir, reference);
            if (path === undefined)
                problems.push(valuesFileProblem(reference, where));
            else
                spec.valuesFiles.push({ path, at: where, ...(optional ? { optional } : {}) });
        }
        else {
            const path = joinRepoPath('', reference);
            if (path === undefined)
                problems.push(valuesFileProblem(reference, where));
            else
                spec.valuesFiles.push({ path, inChart: true, at: where, ...(optional ? { optional } : {}) });
        }
    });
    if (isRecord(helm.valuesObject)) {
        spec.inlineValues.push({ text: JSON.stringify(helm.valuesObject), at: at(['helm', 'valuesObject']) });
    }
    else if (typeof helm.values === 'string' && helm.values.trim() !== '') {
        spec.inlineValues.push({ text: helm.values, at: at(['helm', 'values']) });
    }
    for (const parameter of asList(helm.parameters)) {
        const { name, value, forceString } = asRecord(parameter);
        if (typeof name !== 'string' || name === '')
            continue;
        spec.set.push({ name, value: asString(value) ?? '', string: forceString === true });
    }
    asList(helm.fileParameters).forEach((parameter, j) => {
        const { name, path } = asRecord(parameter);
        if (typeof name !== 'string' || typeof path !== 'string')
            return;
        const where = at(['helm', 'fileParameters', j]);
        const file = chartDir !== undefined ? joinRepoPath(chartDir, path) : undefined;
        if (file === undefined)
            problems.push(valuesFileProblem(path, where));
        else
            spec.setFiles.push({ name, path: file, at: where });
    });
    const versionAt = chart.type === 'path'
        ? chartVersionAt(chart.path, context.index)
        : { file: app.file, line: app.lineOf([...sourcePath, 'targetRevision']) };
    return helmTarget({ ...common, ...(versionAt ? { versionAt } : {}) }, spec, context.index, problems);
}
function kustomizeSourceTarget(common, dir, index) {
    return {
        ...common,
        spec: { type: 'kustomize', path: dir },
        inputDirs: kustomizeClosure(dir, index.kustomizations),
        inputFiles: [],
        problems: [],
    };
}
function chartVersionAt(dir, index) {
    const chart = index.charts.get(dir);
    return chart ? { file: chart.file, line: chart.versionLine } : undefined;
}
/** Argo CD writes OCI repositories without a scheme (`ghcr.io/org/charts`), or with `oci://`. */
function remoteChart(repoURL, chart, version) {
    const url = repoURL.replace(/\/+$/, '');
    if (/^https?:\/\//i.test(url))
        return { type: 'repo', repoURL: url, chart, version };
    if (/^oci:\/\//i.test(url))
        return { type: 'oci', ref: `${url}/${chart}`, version };
    if (url !== '' && !url.includes('://') && /^[\w.-]+(:\d+)?\//.test(url)) {
        return { type: 'oci', ref: `oci://${url}/${chart}`, version };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/collect/flux.js





const HELM_RELEASE_GROUP = 'helm.toolkit.fluxcd.io';
const SOURCE_GROUP = 'source.toolkit.fluxcd.io';
function isFluxHelmRelease(resource) {
    return resource.ref.apiVersion.startsWith(`${HELM_RELEASE_GROUP}/`) && resource.ref.kind === 'HelmRelease';
}
function isFluxSource(resource) {
    return (resource.ref.apiVersion.startsWith(`${SOURCE_GROUP}/`) &&
        ['HelmRepository', 'OCIRepository', 'GitRepository', 'Bucket'].includes(resource.ref.kind));
}
function fluxSourceKey(kind, namespace, name) {
    return `${kind}/${namespace}/${name}`;
}
function helmReleaseTarget(release, sources, context) {
    const { index, consumed, note } = context;
    const spec = asRecord(release.object.spec);
    const ns = release.ref.namespace ?? '';
    const label = `HelmRelease ${ns ? `${ns}/` : ''}${release.ref.name}`;
    const at = (path) => ({ file: release.file, line: release.lineOf(path) });
    const problems = [];
    const targetNamespace = asString(spec.targetNamespace);
    const releaseName = asString(spec.releaseName) ||
        (targetNamespace ? `${targetNamespace}-${release.ref.name}` : release.ref.name);
    const chartSpec = asRecord(asRecord(spec.chart).spec);
    const chartRef = asRecord(spec.chartRef);
    let chart;
    let versionAt;
    let valuesInChart = true;
    if (isRecord(spec.chartRef)) {
        const kind = asString(chartRef.kind) ?? '';
        const source = sources.get(fluxSourceKey(kind, asString(chartRef.namespace) ?? ns, asString(chartRef.name) ?? ''));
        const url = asString(asRecord(source?.object.spec).url) ?? '';
        if (!source || kind !== 'OCIRepository' || !url.startsWith('oci://')) {
            note(`${label}: chartRef ${kind}/${asString(chartRef.name) ?? ''} is not an OCIRepository in this repository`);
            return undefined;
        }
        const ref = asRecord(asRecord(source.object.spec).ref);
        chart = { type: 'oci', ref: url, version: asString(ref.tag) ?? asString(ref.semver) ?? '' };
        versionAt = {
            file: source.file,
            line: source.lineOf(['spec', 'ref', ref.tag !== undefined ? 'tag' : 'semver']),
        };
    }
    else {
        const sourceRef = asRecord(chartSpec.sourceRef);
        const kind = asString(sourceRef.kind) ?? '';
        const name = asString(chartSpec.chart) ?? '';
        if (kind === 'GitRepository' || kind === 'Bucket') {
            // A chart from a git source is read from this repository, unless the GitRepository names another.
            const gitSource = sources.get(fluxSourceKey(kind, asString(sourceRef.namespace) ?? ns, asString(sourceRef.name) ?? ''));
            const gitUrl = asString(asRecord(gitSource?.object.spec).url);
            if (kind === 'GitRepository' && gitUrl !== undefined && !context.identity.includes(gitUrl)) {
                note(`${label}: GitRepository ${asString(sourceRef.name) ?? ''} is ${gitUrl}, not this repository`);
                return undefined;
            }
            const dir = repoPath(name);
            if (dir === undefined) {
                problems.push({
                    message: `chart path '${name}' is outside the repository: it is not read`,
                    at: at(['spec', 'chart', 'spec', 'chart']),
                    severity: 'error',
                });
                return helmTarget({
                    id: `HelmRelease:${ns}/${release.ref.name}`,
                    label,
                    anchor: flux_anchor(release),
                    declared: declared(release),
                }, emptyHelmSpec({ type: 'path', path: '' }, releaseName, targetNamespace || ns || 'default'), index, problems);
            }
            if (sourceKind(dir, index) !== 'helm')
                return undefined;
            consumed.add(dir);
            chart = { type: 'path', path: dir };
            versionAt = chartVersionAt(dir, index);
            valuesInChart = false;
        }
        else {
            const source = sources.get(fluxSourceKey('HelmRepository', asString(sourceRef.namespace) ?? ns, asString(sourceRef.name) ?? ''));
            const repoSpec = asRecord(source?.object.spec);
            const url = (asString(repoSpec.url) ?? '').replace(/\/+$/, '');
            const version = asString(chartSpec.version) ?? '';
            if (!source || url === '') {
                note(`${label}: HelmRepository ${asString(sourceRef.name) ?? ''} is not in this repository`);
                return undefined;
            }
            if (url.startsWith('oci://') || asString(repoSpec.type) === 'oci') {
                chart = { type: 'oci', ref: `${url.replace(/^(?!oci:\/\/)/, 'oci://')}/${name}`, version };
            }
            else if (/^https?:\/\//.test(url)) {
                chart = { type: 'repo', repoURL: url, chart: name, version };
            }
            else {
                note(`${label}: repository URL '${url}' is not HTTP(S) or OCI`);
                return undefined;
            }
            versionAt = at(['spec', 'chart', 'spec', 'version']);
        }
    }
    const helm = emptyHelmSpec(chart, releaseName, targetNamespace || ns || 'default');
    helm.includeCrds = asString(asRecord(spec.install).crds) !== 'Skip';
    const valuesFiles = [
        ...asList(chartSpec.valuesFiles),
        ...(chartSpec.valuesFile ? [chartSpec.valuesFile] : []),
    ];
    valuesFiles.forEach((entry, j) => {
        const reference = asString(entry);
        if (!reference)
            return;
        const where = at([
            'spec',
            'chart',
            'spec',
            Array.isArray(chartSpec.valuesFiles) ? 'valuesFiles' : 'valuesFile',
            j,
        ]);
        const path = joinRepoPath('', reference);
        if (path === undefined)
            problems.push(valuesFileProblem(reference, where));
        else
            helm.valuesFiles.push({ path, at: where, ...(valuesInChart ? { inChart: true } : {}) });
    });
    if (isRecord(spec.values))
        helm.inlineValues.push({ text: JSON.stringify(spec.values), at: at(['spec', 'values']) });
    if (spec.valuesFrom !== undefined) {
        note(`${label}: valuesFrom (ConfigMaps and Secrets in the cluster) is not read; rendering without it`);
    }
    return helmTarget({
        id: `HelmRelease:${ns}/${release.ref.name}`,
        label,
        anchor: flux_anchor(release),
        declared: declared(release),
        ...(versionAt ? { versionAt } : {}),
    }, helm, index, problems);
}
function flux_anchor(resource) {
    return { file: resource.file, line: resource.line };
}
function declared(resource) {
    return { start: resource.line, end: resource.endLine };
}

;// CONCATENATED MODULE: ./lib/collect/releases.js


function releaseTarget(release, configFile, index, consumed) {
    const at = (line) => ({ file: configFile, line });
    const problems = [];
    let chart;
    let versionAt;
    if (release.repo !== undefined) {
        chart = remoteChart(release.repo, release.chart, release.version ?? '');
        versionAt = at(release.versionLine ?? release.line);
    }
    else if (release.chart.startsWith('oci://')) {
        chart = { type: 'oci', ref: release.chart, version: release.version ?? '' };
        versionAt = at(release.versionLine ?? release.line);
    }
    else {
        chart = { type: 'path', path: release.chart };
        consumed.add(release.chart);
        versionAt = chartVersionAt(release.chart, index);
        if (!index.charts.has(release.chart)) {
            problems.push({
                message: `release ${release.name}: '${release.chart}' is not a chart directory (no Chart.yaml) at this commit`,
                at: at(release.chartLine ?? release.line),
                severity: 'error',
            });
        }
    }
    const spec = emptyHelmSpec(chart, release.name, release.namespace ?? 'default');
    release.valuesFiles.forEach((path, i) => spec.valuesFiles.push({ path, at: at(release.valuesFileLines[i] ?? release.line) }));
    if (release.values !== undefined) {
        spec.inlineValues.push({
            text: JSON.stringify(release.values),
            at: at(release.valuesLine ?? release.line),
        });
    }
    return helmTarget({
        id: `release:${release.name}`,
        label: `release ${release.name}`,
        anchor: at(release.line),
        declared: { start: release.line, end: release.endLine ?? release.line },
        ...(versionAt ? { versionAt } : {}),
    }, spec, index, problems);
}

;// CONCATENATED MODULE: ./lib/collect/discover.js









/** Files that may declare Argo CD or Flux objects: found by git, so the rest of the tree is never read. */
const DECLARATION_PATTERNS = [
    `apiVersion:[[:space:]]*["']?(argoproj\\.io|helm\\.toolkit\\.fluxcd\\.io|source\\.toolkit\\.fluxcd\\.io)/`,
    `"apiVersion"[[:space:]]*:[[:space:]]*"(argoproj\\.io|helm\\.toolkit\\.fluxcd\\.io|source\\.toolkit\\.fluxcd\\.io)/`,
];
const MANIFEST_PATHSPECS = ['*.yaml', '*.yml', '*.json'];
/** Starts the search for a commit's Argo CD and Flux declarations, which discovery of that commit reads. */
function startDeclarationSearch(store, commit) {
    store.grep(commit, DECLARATION_PATTERNS, MANIFEST_PATHSPECS).catch(() => { }); // discovery sees a failure
}
async function discoverSide(tree, releases, configFile, 
/** The URLs that name this repository, asked for only when the side declares Argo CD or Flux objects. */
identity = () => Promise.resolve(ANY_REPOSITORY)) {
    const paths = [...tree.files.keys()];
    const chartFiles = paths.filter(isChartFile);
    const kustomizationFiles = paths.filter(isKustomizationFile);
    const [texts, declarationFiles] = await Promise.all([
        tree.readText([...chartFiles, ...kustomizationFiles]),
        tree.grep(DECLARATION_PATTERNS, MANIFEST_PATHSPECS),
    ]);
    const charts = new Map();
    for (const file of chartFiles) {
        const chart = parseChart(file, texts.get(file) ?? '');
        if (chart)
            charts.set(chart.dir, chart);
    }
    const kustomizations = new Map();
    for (const file of kustomizationFiles) {
        if (kustomizations.has(dirOf(file)))
            continue;
        const info = parseKustomization(file, texts.get(file) ?? '', tree.dirs);
        if (info)
            kustomizations.set(info.dir, info);
    }
    const index = { tree, charts, kustomizations };
    const consumed = new Set();
    for (const chart of charts.values()) {
        for (const dependency of chart.dependencies)
            if (dependency.localDir !== undefined)
                consumed.add(dependency.localDir);
    }
    for (const info of kustomizations.values())
        info.dirRefs.forEach((dir) => consumed.add(dir));
    const notes = [];
    const note = (message) => notes.push(message);
    const declarations = [];
    const declarationTexts = await tree.readText(declarationFiles);
    for (const file of declarationFiles) {
        const text = declarationTexts.get(file);
        if (text !== undefined)
            declarations.push(...parseManifestFile(file, text).resources);
    }
    const known = declarations.length > 0 ? await identity() : ANY_REPOSITORY;
    const sources = new Map(declarations
        .filter(isFluxSource)
        .map((resource) => [
        fluxSourceKey(resource.ref.kind, resource.ref.namespace ?? '', resource.ref.name),
        resource,
    ]));
    const declared = [];
    for (const resource of declarations) {
        if (isArgoApplication(resource)) {
            declared.push(...(await argoTargets(resource, { index, consumed, note, identity: known })));
        }
        else if (isFluxHelmRelease(resource)) {
            const target = helmReleaseTarget(resource, sources, { index, consumed, note, identity: known });
            if (target)
                declared.push(target);
        }
    }
    for (const release of releases)
        declared.push(releaseTarget(release, configFile, index, consumed));
    for (const target of declared) {
        if (target.spec.type === 'kustomize')
            target.problems.push(...kustomizeProblems(target.spec.path, index));
    }
    return { index, declared, consumed, notes };
}
/**
 * Every target of one side: the declared ones, and charts and kustomizations that nothing else renders
 * (`consumed` is the union over both sides, so a chart an Application starts to use is not also rendered alone).
 */
function sideTargets(discovery, consumed) {
    const { index } = discovery;
    const targets = [...discovery.declared];
    const chartDirs = new Set(index.charts.keys());
    for (const chart of index.charts.values()) {
        if (consumed.has(chart.dir) || chart.type === 'library' || isSubchart(chart.dir, chartDirs))
            continue;
        const spec = emptyHelmSpec({ type: 'path', path: chart.dir }, releaseName(chart.name), 'default');
        targets.push(helmTarget({
            id: `chart:${chart.dir}`,
            label: `chart ${chart.dir || '.'}`,
            anchor: { file: chart.file, line: 1 },
            declared: { start: 1, end: Number.MAX_SAFE_INTEGER },
            versionAt: { file: chart.file, line: chart.versionLine },
        }, spec, index, []));
    }
    for (const info of index.kustomizations.values()) {
        if (info.component || consumed.has(info.dir))
            continue;
        if ([...chartDirs].some((dir) => isUnder(info.dir, dir)))
            continue; // part of a chart (crds/kustomization.yaml)
        targets.push({
            id: `kustomization:${info.dir}`,
            label: `kustomization ${info.dir || '.'}`,
            anchor: { file: info.file, line: 1 },
            declared: { start: 1, end: Number.MAX_SAFE_INTEGER },
            spec: { type: 'kustomize', path: info.dir },
            inputDirs: kustomizeClosure(info.dir, index.kustomizations),
            inputFiles: [],
            problems: kustomizeProblems(info.dir, index),
        });
    }
    return targets;
}
/** A chart's name as a release name (lowercase letters, digits and '-', at most 53 characters). */
function releaseName(chart) {
    const name = chart
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 53)
        .replace(/-+$/, '');
    return name || 'release';
}
function kustomizeProblems(dir, index) {
    const problems = [];
    for (const member of kustomizeClosure(dir, index.kustomizations)) {
        const info = index.kustomizations.get(member);
        for (const escaping of info?.escaping ?? []) {
            problems.push({
                message: `kustomization refers to '${escaping.reference}', outside the repository: it is not read`,
                at: { file: info.file, line: escaping.line },
                severity: 'error',
            });
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./lib/git/changes.js

/**
 * The files changed between two commits, with renames, modes and blob ids, and the unified hunks GitHub
 * shows (3 lines of context): one `git diff --raw -p` process.
 */
async function diffCommits(repo, base, head) {
    const output = await git(repo, [
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-prefix',
        '--no-abbrev',
        '--raw',
        '-p',
        '-z',
        '-M',
        '-U3',
        base,
        head,
    ]);
    // The raw records (NUL-separated), an empty record, then the patch.
    const end = output.indexOf('\0\0');
    const changes = parseRawDiff(end === -1 ? output : output.slice(0, end + 1));
    const hunks = parseHunks(end === -1 ? '' : output.slice(end + 2));
    for (const change of changes)
        change.file.hunks = hunks.get(change.file.path) ?? [];
    return changes;
}
async function changedFiles(repo, base, head) {
    return (await diffCommits(repo, base, head)).map((change) => change.file);
}
/** `:oldmode newmode oldblob newblob status\0path\0[newpath\0]` records of `git diff --raw -z`. */
function parseRawDiff(output) {
    const fields = output.split('\0');
    const changes = [];
    for (let i = 0; i < fields.length;) {
        const record = fields[i++];
        if (!record?.startsWith(':'))
            continue;
        const [oldMode = '', newMode = '', oldBlob = '', newBlob = '', code = ''] = record.slice(1).split(' ');
        const letter = code[0];
        let file;
        if (letter === 'R' || letter === 'C') {
            const oldPath = fields[i++];
            const path = fields[i++];
            file = { path, oldPath, status: letter === 'R' ? 'renamed' : 'added', hunks: [] };
        }
        else {
            const path = fields[i++];
            file = { path, oldPath: path, status: STATUS_BY_LETTER[letter ?? ''] ?? 'modified', hunks: [] };
        }
        changes.push({ file, oldMode, newMode, oldBlob, newBlob });
    }
    return changes;
}
const STATUS_BY_LETTER = {
    A: 'added',
    D: 'deleted',
    M: 'modified',
    T: 'modified',
};
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** Hunks per head path from `git diff --no-prefix` output. */
function parseHunks(patch) {
    const byPath = new Map();
    let current;
    let hunk;
    let newLine = 0;
    let oldPath = '';
    for (const line of patch.split('\n')) {
        if (line.startsWith('diff --git ')) {
            current = undefined;
            hunk = undefined;
        }
        else if (line.startsWith('--- ') && !hunk) {
            oldPath = changes_unquote(line.slice(4));
        }
        else if (line.startsWith('+++ ') && !hunk) {
            const newPath = changes_unquote(line.slice(4));
            current = [];
            byPath.set(newPath === '/dev/null' ? oldPath : newPath, current);
        }
        else if (line.startsWith('@@') && current) {
            const match = HUNK_HEADER.exec(line);
            if (!match)
                continue;
            hunk = {
                oldStart: Number(match[1]),
                oldLines: match[2] === undefined ? 1 : Number(match[2]),
                newStart: Number(match[3]),
                newLines: match[4] === undefined ? 1 : Number(match[4]),
                addedLines: [],
            };
            newLine = hunk.newStart;
            current.push(hunk);
        }
        else if (hunk) {
            if (line.startsWith('+'))
                hunk.addedLines.push(newLine++);
            else if (line.startsWith(' '))
                newLine++;
            else if (line.startsWith('diff --git '))
                hunk = undefined;
        }
    }
    return byPath;
}
/** Git quotes paths with unusual characters C-style ("a\tb"). */
function changes_unquote(path) {
    const trimmed = path.replace(/\t$/, '');
    if (!trimmed.startsWith('"'))
        return trimmed;
    const bytes = [];
    const body = trimmed.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const char = body[i];
        if (char !== '\\') {
            bytes.push(...Buffer.from(char));
            continue;
        }
        const next = body[++i];
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i, i + 3), 8));
            i += 2;
        }
        else {
            bytes.push((ESCAPES[next] ?? next).charCodeAt(0));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
const ESCAPES = {
    n: '\n',
    t: '\t',
    '"': '"',
    '\\': '\\',
    a: '\x07',
    b: '\b',
    f: '\f',
    r: '\r',
    v: '\v',
};
/** Head-side lines that GitHub accepts review comments on: every line inside a hunk. */
function isLineInHunks(hunks, line) {
    return hunks.some((hunk) => line >= hunk.newStart && line < hunk.newStart + hunk.newLines);
}

;// CONCATENATED MODULE: ./lib/collect/tree.js


const SYMLINK_MODE = '120000';
const SUBMODULE_MODE = '160000';
/**
 * Blobs by id, read once per run through git's object reader: the two sides of a change share every file
 * the change does not touch, so each is read once. Searches of a commit are kept too, so one can start
 * before anything asks for it.
 */
class BlobStore {
    repo;
    cache = new Map();
    searches = new Map();
    constructor(repo) {
        this.repo = repo;
    }
    async read(ids) {
        const missing = [...new Set(ids)].filter((id) => !this.cache.has(id));
        if (missing.length > 0) {
            const reading = readObjects(this.repo, missing);
            missing.forEach((id, i) => this.cache.set(id, reading.then((objects) => (objects[i]?.type === 'blob' ? objects[i].data : undefined))));
        }
        return new Map(await Promise.all(ids.map(async (id) => [id, await this.cache.get(id)])));
    }
    /** `git grep -l` of `commit`, once per commit and pattern set. */
    grep(commit, patterns, pathspecs) {
        const key = JSON.stringify([commit, patterns, pathspecs]);
        let found = this.searches.get(key);
        if (!found) {
            found = grepFiles(this.repo, commit, [...patterns], [...pathspecs]);
            this.searches.set(key, found);
        }
        return found;
    }
}
/** The tree of `commit`, listed by git (`git ls-tree -r`). */
async function loadTree(repo, commit, side, store = new BlobStore(repo)) {
    const files = new Map();
    const blobs = new Map();
    for (const entry of await listTreeEntries(repo, commit)) {
        if (entry.mode === SUBMODULE_MODE)
            continue;
        files.set(entry.path, entry.mode);
        blobs.set(entry.path, entry.object);
    }
    return new GitTree(repo, commit, side, files, blobs, store, (patterns, pathspecs) => store.grep(commit, patterns, pathspecs));
}
/**
 * The base side's tree, derived from the head tree and the raw diff between them: no second listing, and
 * the files the change does not touch answer a search as they do at head.
 */
function baseTreeOf(head, base, changes) {
    const files = new Map(head.files);
    const blobs = new Map(head.blobs);
    const changed = new Set();
    for (const { file, oldMode, oldBlob } of changes) {
        changed.add(file.path);
        changed.add(file.oldPath);
        files.delete(file.path);
        blobs.delete(file.path);
        if (file.status !== 'added' && oldMode !== SUBMODULE_MODE) {
            files.set(file.oldPath, oldMode);
            blobs.set(file.oldPath, oldBlob);
        }
    }
    const tree = new GitTree(head.repo, base, 'base', files, blobs, head.store, async (patterns, pathspecs) => {
        const unchanged = (await head.grep(patterns, pathspecs)).filter((path) => !changed.has(path));
        const candidates = [...changed].filter((path) => files.has(path) && files.get(path) !== SYMLINK_MODE && matchesPathspecs(path, pathspecs));
        const expressions = patterns.map(ereToRegExp);
        const texts = await tree.readBuffers(candidates);
        const matching = candidates.filter((path) => {
            const blob = texts.get(path);
            if (!blob || blob.includes(0))
                return false; // -I: binary files never match
            const text = blob.toString('utf8');
            return expressions.some((expression) => expression.test(text));
        });
        return [...unchanged, ...matching].sort();
    });
    return tree;
}
/** An in-memory tree (tests): no git behind it. */
function treeFrom(repo, commit, side, files, dirs) {
    const tree = new GitTree(repo, commit, side, files, new Map(), new BlobStore(repo), () => Promise.resolve([]));
    tree.dirs = dirs;
    return tree;
}
/** A commit's tree: its listing, blob ids, and where to read and search them. */
class GitTree {
    repo;
    commit;
    side;
    files;
    blobs;
    store;
    search;
    dirs;
    searches = new Map();
    constructor(repo, commit, side, files, 
    /** path -> blob id. */
    blobs, store, search) {
        this.repo = repo;
        this.commit = commit;
        this.side = side;
        this.files = files;
        this.blobs = blobs;
        this.store = store;
        this.search = search;
        this.dirs = directoriesOf(files.keys());
    }
    async readBuffers(paths) {
        const ids = paths.flatMap((path) => {
            const id = this.blobs.get(path);
            return id === undefined ? [] : [id];
        });
        const blobs = await this.store.read(ids);
        return new Map(paths.map((path) => [path, blobs.get(this.blobs.get(path) ?? '')]));
    }
    async readText(paths) {
        return new Map([...(await this.readBuffers(paths))].map(([path, blob]) => [path, blob?.toString('utf8')]));
    }
    /** Searches once per pattern set: discovery and the base side's derived search ask the same. */
    grep(patterns, pathspecs) {
        const key = JSON.stringify([patterns, pathspecs]);
        let found = this.searches.get(key);
        if (!found) {
            found = this.search(patterns, pathspecs);
            this.searches.set(key, found);
        }
        return found;
    }
}
function directoriesOf(paths) {
    const dirs = new Set(['']);
    for (const path of paths) {
        for (let dir = dirOf(path); dir !== '' && !dirs.has(dir); dir = dirOf(dir))
            dirs.add(dir);
    }
    return dirs;
}
/** `*.yaml`-style pathspecs, as git reads them without `:(glob)`: `*` matches across `/` too. */
function matchesPathspecs(path, pathspecs) {
    return pathspecs.some((spec) => {
        if (!spec.startsWith('*') || spec.slice(1).includes('*')) {
            throw new Error(`pathspec '${spec}' is not of the '*.ext' form`);
        }
        return path.endsWith(spec.slice(1));
    });
}
/**
 * A `git grep -E` pattern as a JavaScript expression that matches the same lines: the only POSIX class the
 * patterns use, `[:space:]`, stands for the blanks within a line (git matches line by line).
 */
function ereToRegExp(pattern) {
    const translated = pattern.replaceAll('[:space:]', ' \\t\\r\\f\\v');
    if (translated.includes('[:'))
        throw new Error(`unsupported POSIX class in '${pattern}'`);
    return new RegExp(translated, 'm');
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./lib/collect/targets.js
// Render targets: what can be rendered into Kubernetes objects (a Helm release, a Kustomize overlay), where it
// is declared in the repo, and which repo paths it reads, so a change re-renders exactly the targets it touches.
function targetInputsInclude(target, path) {
    return (target.inputFiles.includes(path) ||
        target.inputDirs.some((dir) => dir === '' || path === dir || path.startsWith(`${dir}/`)));
}

;// CONCATENATED MODULE: ./lib/collect/affected.js

/** Pairs the targets of both sides by id. */
function pairTargets(base, head) {
    const pairs = new Map();
    for (const target of base)
        if (!pairs.has(target.id))
            pairs.set(target.id, { id: target.id, base: target });
    for (const target of head) {
        const pair = pairs.get(target.id) ?? { id: target.id };
        if (!pair.head)
            pair.head = target;
        pairs.set(target.id, pair);
    }
    return [...pairs.values()].sort((a, b) => a.id.localeCompare(b.id));
}
/** What a target renders, without the lines it was read from: equal keys render the same (given equal inputs). */
function specKey(target) {
    return JSON.stringify([target.spec, target.problems.map((problem) => problem.message)], (key, value) => (key === 'at' ? undefined : value));
}
/**
 * A target is affected when the change adds or removes it, changes its declaration (chart version, values,
 * parameters), or changes a file it reads (a values file, a template, a kustomize base).
 */
function isAffected(pair, changed) {
    if (!pair.base || !pair.head)
        return true;
    if (specKey(pair.base) !== specKey(pair.head))
        return true;
    return changed.some((file) => (file.status !== 'deleted' && targetInputsInclude(pair.head, file.path)) ||
        (file.status !== 'added' && targetInputsInclude(pair.base, file.oldPath)));
}
/** The changed files a target reads: where its rendered changes come from. */
function changedInputs(pair, changed) {
    return changed.filter((file) => (pair.head && file.status !== 'deleted' && targetInputsInclude(pair.head, file.path)) ||
        (pair.base && file.status !== 'added' && targetInputsInclude(pair.base, file.oldPath)));
}

;// CONCATENATED MODULE: ./lib/collect/remote-refs.js
// Kustomize remote resources that name a GitHub repository: `github.com/OWNER/REPO/PATH?ref=X`,
// `https://github.com/OWNER/REPO//PATH?ref=X`, `git@github.com:OWNER/REPO.git//PATH?ref=X`,
// `https://raw.githubusercontent.com/OWNER/REPO/REF/PATH.yaml`. They are read through the GitHub REST API
// (never with git, never from the URL itself), so the review decides what is fetched and from where.

/**
 * github.com and raw.githubusercontent.com always (GitHub's API, or a stand-in for it); with a GitHub
 * Enterprise Server API (`https://HOST/api/v3`) or a GHE.com one (`https://api.SUBDOMAIN.ghe.com`), its host too.
 */
function githubHosts(apiUrl) {
    const hosts = { git: ['github.com', 'www.github.com'], raw: ['raw.githubusercontent.com'] };
    let url;
    try {
        url = new URL(apiUrl);
    }
    catch {
        return hosts;
    }
    const host = url.hostname.toLowerCase();
    if (/^\/api\/v3\/?$/.test(url.pathname) && !hosts.git.includes(host))
        hosts.git.push(host);
    else if (host.startsWith('api.') && host.endsWith('.ghe.com'))
        hosts.git.push(host.slice(4));
    return hosts;
}
const NAME = /^[A-Za-z0-9_.-]{1,100}$/;
/** The GitHub repository, path and ref a remote reference names; undefined for anything else. */
function parseGitHubRemote(reference, hosts) {
    let text = reference.trim().replace(/^git::/, '');
    const question = text.indexOf('?');
    const query = new URLSearchParams(question === -1 ? '' : text.slice(question + 1));
    if (question !== -1)
        text = text.slice(0, question);
    const queryRef = query.get('ref') ?? query.get('version') ?? undefined;
    let host;
    let rest;
    let scheme;
    const https = /^https?:\/\/([^/]+)\/(.*)$/i.exec(text);
    const ssh = /^ssh:\/\/git@([^/:]+)(?::\d+)?\/(.*)$/i.exec(text) ?? /^git@([^/:]+):(.*)$/i.exec(text);
    const bare = /^([a-z0-9.-]+\.[a-z]{2,})\/(.*)$/i.exec(text);
    if (https) {
        if (https[1].includes('@'))
            return undefined;
        [host, rest, scheme] = [https[1].toLowerCase().replace(/:443$/, ''), https[2], 'https'];
    }
    else if (ssh) {
        [host, rest, scheme] = [ssh[1].toLowerCase(), ssh[2], 'ssh'];
    }
    else if (bare) {
        [host, rest, scheme] = [bare[1].toLowerCase(), bare[2], 'none'];
    }
    else {
        return undefined;
    }
    if (hosts.raw.includes(host)) {
        if (scheme !== 'https')
            return undefined;
        const segments = rest.split('/');
        return rawRemote(segments, 'github.com');
    }
    if (!hosts.git.includes(host))
        return undefined;
    const canonical = host === 'www.github.com' ? 'github.com' : host;
    let owner;
    let repo;
    let path;
    const doubleSlash = rest.indexOf('//');
    if (doubleSlash !== -1) {
        const repoPart = rest.slice(0, doubleSlash).split('/');
        if (repoPart.length !== 2)
            return undefined;
        [owner, repo] = [repoPart[0], repoPart[1]];
        path = rest.slice(doubleSlash + 2);
    }
    else {
        const segments = rest.split('/');
        if (segments.length < 2)
            return undefined;
        [owner, repo] = [segments[0], segments[1]];
        // https://github.com/OWNER/REPO/raw/REF/PATH: one file over HTTP, like a raw URL.
        if (scheme === 'https' && segments[2] === 'raw' && queryRef === undefined) {
            return rawRemote([owner, repo, ...segments.slice(3)], canonical);
        }
        path = segments.slice(2).join('/');
    }
    repo = repo.replace(/\.git$/, '');
    return remote(canonical, owner, repo, path, queryRef, 'git');
}
function rawRemote(segments, host) {
    const [owner, repo] = segments;
    if (owner === undefined || repo === undefined)
        return undefined;
    let refParts = 1;
    if (segments[2] === 'refs' && (segments[3] === 'heads' || segments[3] === 'tags'))
        refParts = 3;
    const ref = segments.slice(2, 2 + refParts).join('/');
    const path = segments.slice(2 + refParts).join('/');
    if (ref === '' || path === '')
        return undefined;
    return remote(host, owner, repo, path, decodeURIComponent(ref), 'raw');
}
function remote(host, owner, repo, rawPath, ref, form) {
    if (!NAME.test(owner) || !NAME.test(repo) || repo === '.' || repo === '..')
        return undefined;
    let decoded;
    try {
        decoded = decodeURIComponent(rawPath.replace(/\/+$/, ''));
    }
    catch {
        return undefined;
    }
    if (decoded.split('/').some((segment) => segment === '..'))
        return undefined;
    const path = decoded === '' ? '' : joinRepoPath('', decoded);
    if (path === undefined)
        return undefined;
    if (ref !== undefined && (ref === '' || ref.length > 250 || /[\s\0]/.test(ref)))
        return undefined;
    return {
        host,
        owner,
        repo,
        path,
        ...(ref !== undefined && { ref }),
        form,
        location: `${host}/${owner}/${repo}${path ? `/${path}` : ''}`,
    };
}
/** `github.com/OWNER/REPO/PATH?ref=X`: how messages name it. */
function describeRemote(remote, path = remote.path) {
    const where = `${remote.host}/${remote.owner}/${remote.repo}${path ? `/${path}` : ''}`;
    return remote.ref === undefined ? where : `${where}?ref=${remote.ref}`;
}

;// CONCATENATED MODULE: ./lib/github/retry.js
const DEFAULT_RETRY_POLICY = {
    maxRetries: 3,
    baseDelayMs: 1000,
    maxDelayMs: 60_000,
    totalBudgetMs: 120_000,
};
const SERVER_ERRORS = new Set([500, 502, 503, 504]);
/** GitHub asks clients to wait at least a minute after a secondary rate limit without Retry-After. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;
/** The kind of transient failure, or undefined when retrying cannot help (4xx, read-only token, ...). */
function retryKind(error) {
    const status = error.status;
    if (status === undefined || SERVER_ERRORS.has(status))
        return 'server-error';
    if (status === 429)
        return 'rate-limit';
    if (status === 403) {
        if (retry_header(error, 'retry-after') !== undefined)
            return 'rate-limit';
        if (retry_header(error, 'x-ratelimit-remaining') === '0')
            return 'rate-limit';
        if (/rate limit|abuse detection/i.test(error.message))
            return 'rate-limit';
    }
    return undefined;
}
/**
 * How long to wait before retry number `attempt` (0-based), or undefined to give up. Retry-After wins;
 * a primary rate limit waits for its reset; server errors back off exponentially.
 */
function retryDelay(error, attempt, policy, now = Date.now()) {
    const kind = retryKind(error);
    if (kind === undefined || attempt >= policy.maxRetries)
        return undefined;
    let delay;
    const retryAfter = retry_header(error, 'retry-after');
    const reset = retry_header(error, 'x-ratelimit-reset');
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) {
        delay = Number(retryAfter) * 1000;
    }
    else if (retryAfter !== undefined && !Number.isNaN(Date.parse(retryAfter))) {
        delay = Math.max(0, Date.parse(retryAfter) - now);
    }
    else if (kind === 'rate-limit' && retry_header(error, 'x-ratelimit-remaining') === '0' && reset) {
        delay = Math.max(0, Number(reset) * 1000 - now) + 1000;
    }
    else if (kind === 'rate-limit') {
        delay = SECONDARY_LIMIT_WAIT_MS;
    }
    else {
        delay = policy.baseDelayMs * 2 ** attempt;
    }
    return delay <= policy.maxDelayMs ? delay : undefined;
}
function retry_header(error, name) {
    const value = error.headers[name];
    return value === undefined ? undefined : String(value);
}
function createRetryRunner(toFailed, opts = {}) {
    const policy = opts.policy ?? DEFAULT_RETRY_POLICY;
    const sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    let waited = 0;
    return {
        async run(send, runOpts = {}) {
            for (let attempt = 0;; attempt++) {
                try {
                    return await send();
                }
                catch (error) {
                    const failed = toFailed(error);
                    const kind = retryKind(failed);
                    if (kind === 'server-error' && runOpts.canRetryServerError === false)
                        throw error;
                    const delay = retryDelay(failed, attempt, policy);
                    if (delay === undefined || waited + delay > policy.totalBudgetMs)
                        throw error;
                    waited += delay;
                    opts.onRetry?.(`${runOpts.label ?? 'GitHub request'} failed (${failed.status ?? 'network error'}${kind === 'rate-limit' ? ', rate limited' : ''}): retrying in ${Math.round(delay / 1000)}s`);
                    await sleep(delay);
                }
            }
        },
    };
}

;// CONCATENATED MODULE: ./lib/github/contents.js
// Reads files and directories of a GitHub repository at a ref through the REST contents API
// (`GET /repos/{owner}/{repo}/contents/{path}?ref=`), with plain fetch: no Octokit, no @actions imports, so the
// render code can use it. The token goes to the configured API URL only and never into a message.


const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** A failed read. The message names the API, the repository, the path and the ref; never the token. */
class ContentsError extends Error {
    kind;
    status;
    constructor(kind, message, status) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.name = 'ContentsError';
    }
}
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;
/** A directory listing is JSON of its entries: bounded too. */
const MAX_LISTING_BYTES = 4 * 1024 * 1024;
const MAX_REDIRECTS = 3;
/** Renders should not wait long: a few quick retries of server errors, no waiting out rate limits. */
const CONTENTS_RETRY_POLICY = {
    maxRetries: 2,
    baseDelayMs: 500,
    maxDelayMs: 10_000,
    totalBudgetMs: 30_000,
};
/** Thrown inside the retry loop, so retry.ts can tell transient failures from final ones. */
class HttpFailure extends Error {
    failed;
    githubMessage;
    constructor(failed, githubMessage) {
        super(failed.message);
        this.failed = failed;
        this.githubMessage = githubMessage;
    }
}
function createContentsClient(options = {}) {
    let base;
    try {
        base = new URL(options.apiUrl || DEFAULT_GITHUB_API_URL);
    }
    catch {
        const error = new ContentsError('unreachable', `the GitHub API URL is not a URL: '${options.apiUrl ?? ''}'`);
        return { apiUrl: options.apiUrl ?? '', hasToken: !!options.token, get: () => Promise.reject(error) };
    }
    base.username = '';
    base.password = '';
    const apiUrl = base.toString().replace(/\/+$/, '');
    const token = options.token || undefined;
    const doFetch = options.fetch ?? fetch;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const runner = createRetryRunner(
    // Anything but an HTTP failure (a too-large answer, a redirect elsewhere) is final: no status retry.ts retries.
    (error) => error instanceof HttpFailure ? error.failed : { status: -1, message: String(error), headers: {} }, { policy: options.policy ?? CONTENTS_RETRY_POLICY, ...(options.sleep && { sleep: options.sleep }) });
    /** Once the API cannot be reached, the rest of the run does not wait for it again. */
    let unreachable;
    const noToken = token
        ? ''
        : ' No GitHub token was given (GITHUB_TOKEN, --github-token, or the action input github-token).';
    /** One GET, following redirects on the API's own origin only (so the token never goes anywhere else). */
    async function send(url, accept, limit) {
        let current = url;
        for (let hop = 0;; hop++) {
            let response;
            try {
                response = await doFetch(current, {
                    method: 'GET',
                    redirect: 'manual',
                    headers: {
                        accept,
                        'user-agent': `${TOOL_NAME}/${TOOL_VERSION}`,
                        'x-github-api-version': '2022-11-28',
                        ...(token && { authorization: `Bearer ${token}` }),
                    },
                    signal: AbortSignal.timeout(timeoutMs),
                });
            }
            catch (error) {
                // No status: retry.ts treats it as transient.
                throw new HttpFailure({ message: networkCause(error), headers: {} }, '');
            }
            const location = response.headers.get('location');
            if (response.status >= 300 && response.status < 400 && location) {
                await response.body?.cancel();
                const next = new URL(location, current);
                if (next.origin !== base.origin || hop >= MAX_REDIRECTS) {
                    throw new ContentsError('http-error', `the GitHub API at ${apiUrl} redirected to ${next.origin}: not followed`, response.status);
                }
                current = next;
                continue;
            }
            if (!response.ok) {
                const text = (await readCapped(response, 64 * 1024).catch(() => Buffer.alloc(0))).toString('utf8');
                let githubMessage = '';
                try {
                    const parsed = JSON.parse(text);
                    if (typeof parsed.message === 'string')
                        githubMessage = parsed.message.slice(0, 200);
                }
                catch {
                    // not JSON
                }
                const headers = {};
                response.headers.forEach((value, name) => (headers[name] = value));
                throw new HttpFailure({ status: response.status, message: githubMessage || response.statusText, headers }, githubMessage);
            }
            const body = await readCapped(response, limit);
            return { body, type: response.headers.get('content-type') ?? '' };
        }
    }
    async function request(url, accept, limit, what) {
        if (unreachable)
            throw unreachable;
        try {
            return await runner.run(() => send(url, accept, limit), { label: `GET ${url.pathname}` });
        }
        catch (error) {
            if (error instanceof ContentsError)
                throw error;
            if (!(error instanceof HttpFailure))
                throw error;
            const { status } = error.failed;
            const said = error.githubMessage ? ` (${scrub(error.githubMessage, token)})` : '';
            if (status === undefined) {
                unreachable = new ContentsError('unreachable', `could not reach the GitHub API at ${apiUrl}: ${scrub(error.failed.message, token)}.${noToken}`);
                throw unreachable;
            }
            if (status === 404) {
                throw new ContentsError('not-found', `the GitHub API at ${apiUrl} found no ${what} (404)${said}: check the repository, the path and the ref${token ? '' : ', and give a token if the repository is private'}.${noToken}`, status);
            }
            if (status === 401) {
                throw new ContentsError('unauthorized', token
                    ? `the GitHub API at ${apiUrl} refused the token (401)${said} reading ${what}.`
                    : `the GitHub API at ${apiUrl} asks for credentials (401) reading ${what}.${noToken}`, status);
            }
            if (status === 429 || (status === 403 && /rate limit/i.test(error.failed.message))) {
                throw new ContentsError('rate-limited', `the GitHub API at ${apiUrl} rate-limited reading ${what} (${status})${said}.${token ? '' : ' Without a token GitHub allows 60 requests an hour.'}${noToken}`, status);
            }
            if (status === 403) {
                throw new ContentsError('forbidden', `the GitHub API at ${apiUrl} refused reading ${what} (403)${said}.${noToken}`, status);
            }
            throw new ContentsError('http-error', `the GitHub API at ${apiUrl} answered ${status}${said} reading ${what}.`, status);
        }
    }
    return {
        apiUrl,
        hasToken: token !== undefined,
        async get({ owner, repo, path, ref }) {
            const what = `${owner}/${repo}${path ? ` ${path}` : ''}${ref === undefined ? '' : ` at ${ref}`}`;
            const url = contentsUrl(apiUrl, { owner, repo, path, ...(ref !== undefined && { ref }) });
            const { body } = await request(url, 'application/vnd.github+json', MAX_LISTING_BYTES, what).catch((error) => {
                if (error instanceof ContentsError && error.kind === 'too-large') {
                    throw new ContentsError('too-large', `${what} is larger than ${MAX_LISTING_BYTES} bytes`);
                }
                throw error;
            });
            let data;
            try {
                data = JSON.parse(body.toString('utf8'));
            }
            catch {
                throw new ContentsError('invalid-response', `the GitHub API at ${apiUrl} answered ${what} with no JSON`);
            }
            if (Array.isArray(data))
                return { type: 'dir', entries: directoryEntries(data) };
            if (typeof data !== 'object' || data === null)
                throw new ContentsError('invalid-response', `the GitHub API at ${apiUrl} answered ${what} with no object`);
            const item = data;
            if (item.type === 'symlink' || item.type === 'submodule')
                return { type: item.type };
            if (item.type !== 'file')
                throw new ContentsError('invalid-response', `the GitHub API at ${apiUrl} answered ${what} with an unknown type '${String(item.type)}'`);
            const size = typeof item.size === 'number' ? item.size : 0;
            if (size > maxFileBytes) {
                throw new ContentsError('too-large', `${what} is ${size} bytes, over the limit of ${maxFileBytes}`);
            }
            if (item.encoding === 'base64' && typeof item.content === 'string') {
                const content = Buffer.from(item.content, 'base64');
                if (content.length > maxFileBytes)
                    throw new ContentsError('too-large', `${what} is over the limit of ${maxFileBytes} bytes`);
                return { type: 'file', content };
            }
            // Files of 1 to 100 MB come without content in JSON: ask for the raw bytes.
            const raw = await request(url, 'application/vnd.github.raw+json', maxFileBytes, what).catch((error) => {
                if (error instanceof ContentsError && error.kind === 'too-large')
                    throw new ContentsError('too-large', `${what} is over the limit of ${maxFileBytes} bytes`);
                throw error;
            });
            return { type: 'file', content: raw.body };
        },
    };
}
/** `<api>/repos/OWNER/REPO/contents/PATH?ref=REF`, each path segment encoded. */
function contentsUrl(apiUrl, request) {
    const segments = request.path === '' ? [] : request.path.split('/').map(encodeURIComponent);
    const url = new URL(`${apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(request.owner)}/${encodeURIComponent(request.repo)}/contents/${segments.join('/')}`);
    if (request.ref !== undefined)
        url.searchParams.set('ref', request.ref);
    return url;
}
function directoryEntries(data) {
    const entries = [];
    for (const item of data) {
        if (typeof item !== 'object' || item === null)
            continue;
        const { name, path, type, size } = item;
        if (typeof name !== 'string' || typeof path !== 'string')
            continue;
        if (type !== 'file' && type !== 'dir' && type !== 'symlink' && type !== 'submodule')
            continue;
        entries.push({ name, path, type, size: typeof size === 'number' ? size : 0 });
    }
    return entries;
}
/** The body, or a too-large error once it passes `limit` bytes (the rest is not read). */
async function readCapped(response, limit) {
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(length) && length > limit) {
        await response.body?.cancel();
        throw new ContentsError('too-large', `the answer is ${length} bytes, over the limit of ${limit}`);
    }
    if (!response.body)
        return Buffer.alloc(0);
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > limit) {
            await reader.cancel();
            throw new ContentsError('too-large', `the answer is over the limit of ${limit} bytes`);
        }
        chunks.push(Buffer.from(value));
    }
    return Buffer.concat(chunks);
}
function networkCause(error) {
    const record = error;
    if (record?.name === 'TimeoutError')
        return 'the request timed out';
    const code = typeof record?.cause?.code === 'string' ? record.cause.code : undefined;
    const cause = typeof record?.cause?.message === 'string' ? record.cause.message : undefined;
    const message = typeof record?.message === 'string' ? record.message : String(error);
    return code ? `${code}${cause && !cause.includes(code) ? ` (${cause})` : ''}` : (cause ?? message);
}
function scrub(text, token) {
    return token ? text.split(token).join('(masked)') : text;
}

;// CONCATENATED MODULE: ./lib/render/exec.js

const DEFAULT_MAX_OUTPUT = 256 * 1024 * 1024;
const MAX_STDERR = 1024 * 1024;
/**
 * Runs a binary (never a shell) with a timeout. The child gets its own process group, so a timeout stops
 * whatever it started too (kustomize's git, for one).
 */
function runTool(command, args, options) {
    const maxOutput = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        const out = [];
        let outBytes = 0;
        let stderr = '';
        let timedOut = false;
        let tooLarge = false;
        const stop = () => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            stop();
        }, options.timeoutMs);
        child.stdout.on('data', (chunk) => {
            outBytes += chunk.length;
            if (outBytes > maxOutput) {
                if (!tooLarge)
                    stop();
                tooLarge = true;
                return;
            }
            out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < MAX_STDERR)
                stderr += chunk.toString('utf8');
        });
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve({ code: null, stdout: '', stderr: error.message, timedOut: false, tooLarge: false });
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr, timedOut, tooLarge });
        });
    });
}
/** Runs at most `limit` tasks at once. */
function createLimiter(limit) {
    let active = 0;
    const queue = [];
    const next = () => {
        if (active >= limit)
            return;
        const start = queue.shift();
        if (start) {
            active++;
            start();
        }
    };
    return (task) => new Promise((resolve, reject) => {
        queue.push(() => {
            task()
                .then(resolve, reject)
                .finally(() => {
                active--;
                next();
            });
        });
        next();
    });
}

;// CONCATENATED MODULE: ./lib/render/output.js
// Turns what helm and kustomize print into resources: one per YAML document, keyed from a quick scan of the
// document's head, and parsed in full only when something reads the object (a diff of a changed document, a
// rule). A chart bump of a few templates does not pay for parsing megabytes of unchanged CRDs.




const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
const DOCUMENT_SEPARATOR = /^---[ \t]*(?:#.*)?$/m;
function parseRenderedOutput(output, options) {
    const resources = [];
    const problems = [];
    let lastSource;
    const documents = output.split(DOCUMENT_SEPARATOR);
    documents.forEach((text, index) => {
        if (text.trim() === '')
            return;
        let source;
        if (options.tool === 'helm') {
            const match = /^# Source: (.+)$/m.exec(text);
            // A file with several documents (crds/*.yaml) names its source only once.
            source = match ? match[1].trim() : lastSource;
            lastSource = source;
        }
        if (!/^[A-Za-z"'{]/m.test(text))
            return; // comments only
        const json = jsonDocument(text);
        if (json) {
            resources.push(lazyResource(text, json.header, source, options, json.object));
            return;
        }
        const header = scanHeader(text);
        if (header === 'skip')
            return;
        if (header) {
            resources.push(lazyResource(text, header, source, options));
            return;
        }
        // Lists, flow style, anchors: the full parser decides.
        const parsed = parseManifestFile(`rendered-${index}.yaml`, text);
        for (const problem of parsed.problems)
            problems.push(problem.message);
        for (const resource of parsed.resources) {
            resources.push(eagerResource(resource, text, source, options));
        }
    });
    return { resources, problems };
}
function templateInfo(source, options, text) {
    if (options.tool === 'helm') {
        const sourcePath = source ? options.sourceToRepo?.(source) : undefined;
        return { template: source, sourcePath };
    }
    const origin = originPath(text);
    const remote = origin ? options.remoteOrigin?.(origin) : undefined;
    if (remote)
        return { template: remote.label, sourcePath: undefined, remote: remote.source };
    return {
        template: origin ? (options.sourceToRepo?.(origin) ?? origin) : undefined,
        sourcePath: origin ? options.sourceToRepo?.(origin) : undefined,
    };
}
/** A document written as JSON (a CRD file copied into a chart often is): JSON.parse is much faster than YAML. */
function jsonDocument(text) {
    if (text[firstContentIndex(text)] !== '{')
        return undefined;
    let value;
    try {
        value = JSON.parse(text.replace(/^(\s*#[^\n]*\n)+/, ''));
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const object = value;
    const name = object.metadata?.name;
    const namespace = object.metadata?.namespace;
    if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string' || typeof name !== 'string') {
        return undefined;
    }
    if (object.kind.endsWith('List'))
        return undefined;
    return {
        header: {
            apiVersion: object.apiVersion,
            kind: object.kind,
            name,
            ...(typeof namespace === 'string' && namespace ? { namespace } : {}),
        },
        object,
    };
}
/** Where the first character that is not blank or in a comment line is. */
function firstContentIndex(text) {
    let i = 0;
    for (;;) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (text[i] !== '#')
            return i;
        const newline = text.indexOf('\n', i);
        if (newline === -1)
            return text.length;
        i = newline + 1;
    }
}
function lazyResource(text, header, source, options, parsed) {
    const ref = {
        apiVersion: header.apiVersion,
        kind: header.kind,
        name: header.name,
        ...(header.namespace ? { namespace: header.namespace } : {}),
    };
    const { template, sourcePath, remote } = templateInfo(source, options, text);
    let object = parsed;
    if (object && options.stripOrigin)
        stripOriginAnnotation(object);
    const resource = {
        key: resourceKey(ref),
        ref,
        get object() {
            if (!object) {
                object = loadObject(text, ref);
                if (options.stripOrigin)
                    stripOriginAnnotation(object);
            }
            return object;
        },
        file: '',
        line: 1,
        endLine: 1,
        lineOf: () => 1,
        ignoredRules: ignoredRulesIn(text),
        rendered: { target: options.target, ...(template ? { template } : {}) },
        text,
        ...(sourcePath ? { sourcePath } : {}),
        ...(remote ? { remote } : {}),
    };
    return hideText(resource);
}
/** The raw text (a Secret's data, too) stays out of anything that serialises the resource. */
function hideText(resource) {
    Object.defineProperty(resource, 'text', { enumerable: false });
    return resource;
}
function eagerResource(parsed, text, source, options) {
    if (options.stripOrigin)
        stripOriginAnnotation(parsed.object);
    const { template, sourcePath, remote } = templateInfo(source, options, text);
    return hideText({
        ...parsed,
        file: '',
        line: 1,
        endLine: 1,
        lineOf: () => 1,
        rendered: { target: options.target, ...(template ? { template } : {}) },
        text: parsed.listItem ? `${text}\0${parsed.key}` : text,
        ...(sourcePath ? { sourcePath } : {}),
        ...(remote ? { remote } : {}),
    });
}
function loadObject(text, ref) {
    try {
        const value = (0,dist/* parseDocument */.Tp)(text, { ...KUBERNETES_YAML, uniqueKeys: false }).toJS({
            maxAliasCount: 1000,
        });
        if (typeof value === 'object' && value !== null && !Array.isArray(value))
            return value;
    }
    catch {
        // helm and kustomize print valid YAML; keep the identity if a document is odd anyway
    }
    return {
        apiVersion: ref.apiVersion,
        kind: ref.kind,
        metadata: { name: ref.name, ...(ref.namespace ? { namespace: ref.namespace } : {}) },
    };
}
function stripOriginAnnotation(object) {
    const annotations = object.metadata?.annotations;
    if (!annotations || !(ORIGIN_ANNOTATION in annotations))
        return;
    delete annotations[ORIGIN_ANNOTATION];
    if (Object.keys(annotations).length === 0)
        delete object.metadata.annotations;
}
/** The `path:` (or `configuredIn:`) of a kustomize origin annotation, relative to the kustomization. */
function originPath(text) {
    const match = /config\.kubernetes\.io\/origin: \|[^\n]*\n((?:[ \t]+[^\n]*\n?)+)/.exec(text);
    if (!match)
        return undefined;
    const body = match[1];
    if (/^\s+repo:/m.test(body))
        return undefined; // a remote base
    return /^\s+path: (.+)$/m.exec(body)?.[1]?.trim() ?? /^\s+configuredIn: (.+)$/m.exec(body)?.[1]?.trim();
}
const TOP_KEY = /^([A-Za-z_][\w.-]*):(?:[ \t]+(.*?))?[ \t]*$/;
const NESTED_KEY = /^[ \t]+([A-Za-z_][\w.-]*):(?:[ \t]+(.*?))?[ \t]*$/;
/**
 * apiVersion, kind, name and namespace from the block-style YAML helm and kustomize print; undefined when the
 * document is anything else (the full parser handles it), 'skip' when it holds no object.
 */
function scanHeader(text) {
    let apiVersion;
    let kind;
    let name;
    let namespace;
    let inMetadata = false;
    let metadataIndent = -1;
    let sawKey = false;
    // Line by line from the top, without splitting the whole document: the head of a CRD is a few lines.
    for (let start = 0; start < text.length;) {
        const newline = text.indexOf('\n', start);
        const end = newline === -1 ? text.length : newline;
        const line = text.slice(start, end);
        start = end + 1;
        if (line.trim() === '' || /^\s*#/.test(line))
            continue;
        if (!/^\s/.test(line)) {
            // The head is known once metadata is over: the rest (a CRD's schema) is left to the parser.
            if (inMetadata && apiVersion && kind && name)
                break;
            inMetadata = false;
            const match = TOP_KEY.exec(line);
            if (!match)
                return undefined;
            sawKey = true;
            const [, key, value] = match;
            if (key === 'apiVersion' || key === 'kind') {
                const scalar = plainScalar(value);
                if (scalar === undefined)
                    return undefined;
                if (key === 'apiVersion')
                    apiVersion = scalar;
                else
                    kind = scalar;
            }
            else if (key === 'metadata') {
                if (value !== undefined && value !== '')
                    return undefined;
                inMetadata = true;
                metadataIndent = -1;
            }
            else if (key === 'items') {
                return undefined;
            }
            else if (value !== undefined && /^[&*!]/.test(value)) {
                return undefined;
            }
            continue;
        }
        if (!inMetadata)
            continue;
        const indent = line.length - line.trimStart().length;
        if (metadataIndent === -1)
            metadataIndent = indent;
        if (indent !== metadataIndent)
            continue;
        const match = NESTED_KEY.exec(line);
        if (!match)
            return undefined;
        const [, key, value] = match;
        if (key === 'name' || key === 'namespace') {
            const scalar = plainScalar(value);
            if (scalar === undefined)
                return undefined;
            if (key === 'name')
                name = scalar;
            else
                namespace = scalar;
        }
    }
    if (!sawKey)
        return 'skip';
    if (!apiVersion || !kind || !name || kind.endsWith('List'))
        return undefined;
    return { apiVersion, kind, name, ...(namespace ? { namespace } : {}) };
}
/** A scalar whose string value is certain without a YAML parser; undefined otherwise. */
function plainScalar(value) {
    if (value === undefined || value === '')
        return undefined;
    const double = /^"([^"\\]*)"(?:\s+#.*)?$/.exec(value);
    if (double)
        return double[1];
    const single = /^'([^']*)'(?:\s+#.*)?$/.exec(value);
    if (single)
        return single[1];
    const plain = value.replace(/\s+#.*$/, '');
    if (!/^[A-Za-z0-9_./-][A-Za-z0-9_./:@+-]*$/.test(plain))
        return undefined;
    // YAML 1.1 reads these as numbers, booleans or null, not strings.
    if (/^([-+]?[\d._]+([eE][-+]?\d+)?|0x[\da-fA-F]+|0o?[0-7]+|true|false|yes|no|on|off|y|n|null|~)$/i.test(plain)) {
        return undefined;
    }
    if (plain.includes(': ') || plain.endsWith(':'))
        return undefined;
    return plain;
}

;// CONCATENATED MODULE: ./lib/render/helm.js







/**
 * `helm template` with the review's Kubernetes version, CRDs included and test hooks left out, from the
 * materialised repository (the working directory, so helm's messages name repo paths). Never a post-renderer;
 * plugins are off in the sandbox's environment.
 */
async function renderHelm(target, spec, side, env) {
    const helm = env.tools.helm;
    if (!helm)
        return failed('tool-missing', env.tools.missing.helm ?? 'helm is not installed');
    const fail = (message, at, kind = 'failed') => failed(kind, message, at);
    let chartArg;
    let chartDir;
    let localChart;
    if (spec.chart.type === 'path') {
        localChart = side.index.charts.get(spec.chart.path);
        if (!localChart)
            return fail(`no Chart.yaml in '${spec.chart.path || '.'}'`, target.anchor, 'blocked');
        chartArg = spec.chart.path === '' ? '.' : `./${spec.chart.path}`;
        chartDir = (0,external_node_path_namespaceObject.join)(side.workspace.dir, spec.chart.path);
        const dependencies = await ensureDependencies(localChart, side, env);
        if (dependencies)
            return { ok: false, failure: dependencies };
    }
    else {
        const pulled = await pullChart(spec.chart, env);
        if ('failure' in pulled)
            return fail(pulled.failure, target.versionAt ?? target.anchor);
        chartArg = pulled.dir;
        chartDir = pulled.dir;
    }
    const args = ['template', spec.releaseName, chartArg, '--namespace', spec.namespace, '--skip-tests'];
    args.push('--kube-version', kubeVersionFlag(spec.kubeVersion ?? env.kubeVersion));
    if (spec.includeCrds)
        args.push('--include-crds');
    for (const version of new Set([...env.apiVersions, ...spec.apiVersions]))
        args.push('--api-versions', version);
    const inline = new Map();
    for (const file of spec.valuesFiles) {
        if (file.inChart) {
            const path = joinRepoPath('', file.path);
            if (path === undefined || !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(chartDir, path))) {
                if (file.optional)
                    continue;
                return fail(`values file '${file.path}' is not in the chart`, file.at);
            }
            args.push('--values', (0,external_node_path_namespaceObject.join)(chartDir, path));
        }
        else {
            if (!side.index.tree.files.has(file.path)) {
                if (file.optional)
                    continue;
                return fail(`values file '${file.path}' does not exist at this commit`, file.at);
            }
            args.push('--values', `./${file.path}`);
        }
    }
    const id = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(target.id).digest('hex').slice(0, 12);
    for (const [i, values] of spec.inlineValues.entries()) {
        const path = (0,external_node_path_namespaceObject.join)(side.inlineDir, `${id}-${i}.yaml`);
        await (0,promises_namespaceObject.writeFile)(path, values.text);
        inline.set(path, values.at);
        args.push('--values', path);
    }
    for (const value of spec.set) {
        args.push(value.string ? '--set-string' : '--set', `${value.name}=${escapeSetValue(value.value)}`);
    }
    for (const file of spec.setFiles) {
        if (!side.index.tree.files.has(file.path))
            return fail(`file '${file.path}' does not exist at this commit`, file.at);
        args.push('--set-file', `${file.name}=./${file.path}`);
    }
    const run = await env.limit(() => runTool(helm, args, { cwd: side.workspace.dir, env: env.sandbox.env(), timeoutMs: env.timeoutMs }));
    if (run.timedOut)
        return fail(`helm template timed out after ${env.timeoutMs / 1000}s`, target.anchor, 'timeout');
    if (run.tooLarge)
        return fail('helm template printed more than 256 MiB', target.anchor);
    if (run.code !== 0) {
        return fail(run.stderr || `helm exited with ${run.code}`, locateHelmError(run.stderr, target, spec, localChart, side, inline));
    }
    const parsed = parseRenderedOutput(run.stdout, {
        tool: 'helm',
        target: target.label,
        ...(localChart
            ? { sourceToRepo: memoize((source) => templateRepoPath(source, localChart, side)) }
            : {}),
    });
    return { ok: true, resources: parsed.resources, problems: parsed.problems, chartDir };
}
/** Many resources come from one template: its repo path is worked out once. */
function memoize(compute) {
    const known = new Map();
    return (key) => {
        if (!known.has(key))
            known.set(key, compute(key));
        return known.get(key);
    };
}
function failed(kind, message, at) {
    return { ok: false, failure: { kind, message, ...(at ? { at } : {}) } };
}
function kubeVersionFlag(version) {
    const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
    return match ? `v${match[1]}.${match[2]}.${match[3] ?? '0'}` : version;
}
/** helm splits --set on commas and reads backslashes: keep a value whole. */
function escapeSetValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,');
}
/** `web/templates/deployment.yaml` (as helm prints it) -> the template's repo path, when it is in the repo. */
function templateRepoPath(source, chart, side) {
    const slash = source.indexOf('/');
    if (slash === -1)
        return undefined;
    const path = joinRepoPath(chart.dir, source.slice(slash + 1));
    return path !== undefined && side.index.tree.files.has(path) ? path : undefined;
}
const TEMPLATE_IN_MESSAGE = /([\w.-]+(?:\/charts\/[\w.-]+)*\/(?:templates|crds)\/[^\s:()"]+?)(?::(\d+))?(?=[\s:()"]|$)/;
const VALUES_IN_MESSAGE = /(?:failed to parse|cannot load|open) ([^\s:]+):/;
const YAML_LINE = /yaml: line (\d+)/;
/** The repo line helm's message is about: a template of a chart in the repo, a values file, or the declaration. */
function locateHelmError(stderr, target, spec, chart, side, inline) {
    const yamlLine = Number(YAML_LINE.exec(stderr)?.[1] ?? 0);
    const values = VALUES_IN_MESSAGE.exec(stderr)?.[1];
    if (values !== undefined) {
        const inlineAt = inline.get(values);
        if (inlineAt)
            return { file: inlineAt.file, line: inlineAt.line + Math.max(0, yamlLine) };
        const path = values.replace(/^\.\//, '');
        if (spec.valuesFiles.some((file) => !file.inChart && file.path === path)) {
            return { file: path, line: Math.max(1, yamlLine) };
        }
        if (chart && (path === 'values.yaml' || path === `${chart.dir}/values.yaml`)) {
            return { file: chart.dir ? `${chart.dir}/values.yaml` : 'values.yaml', line: Math.max(1, yamlLine) };
        }
    }
    if (chart) {
        const template = TEMPLATE_IN_MESSAGE.exec(stderr);
        if (template) {
            const path = templateRepoPath(template[1], chart, side);
            if (path)
                return { file: path, line: /YAML parse error/.test(stderr) ? 1 : Number(template[2] ?? 1) };
        }
        if (/Chart\.yaml|Chart\.lock|dependenc|kubeVersion/.test(stderr))
            return { file: chart.file, line: 1 };
        if (target.anchor.file === chart.file)
            return target.anchor;
    }
    if (/kubeVersion|not found in .* repository|version/.test(stderr) && target.versionAt)
        return target.versionAt;
    return target.anchor;
}
/**
 * `helm dependency build` for a chart in the repo whose dependencies are not vendored in its charts/
 * directory. Remote dependencies are fetched once per run: a side that declares the same ones (and the same
 * Chart.lock) gets a copy of the packages the other side's build downloaded.
 */
async function ensureDependencies(chart, side, env) {
    const missing = chart.dependencies.filter((dependency) => !isVendored(chart.dir, dependency.name, side));
    if (missing.length === 0)
        return undefined;
    let pending = side.dependencyBuilds.get(chart.dir);
    if (!pending) {
        pending = buildDependencies(chart, missing, side, env);
        side.dependencyBuilds.set(chart.dir, pending);
    }
    return pending;
}
async function buildDependencies(chart, missing, side, env) {
    const chartsDir = (0,external_node_path_namespaceObject.join)(side.workspace.dir, chart.dir, 'charts');
    const remoteOnly = chart.dependencies.every((dependency) => dependency.localDir === undefined);
    const lock = chart.dir === '' ? 'Chart.lock' : `${chart.dir}/Chart.lock`;
    const key = remoteOnly
        ? JSON.stringify([
            chart.dependencies.map((d) => [d.name, d.version, d.repository]),
            (await side.index.tree.readText([lock])).get(lock) ?? '',
        ])
        : undefined;
    const cached = key !== undefined ? env.dependencies.get(key) : undefined;
    if (cached) {
        const packages = await cached;
        if (packages) {
            await (0,promises_namespaceObject.mkdir)(chartsDir, { recursive: true });
            await Promise.all(packages.map((file) => (0,promises_namespaceObject.copyFile)(file, (0,external_node_path_namespaceObject.join)(chartsDir, (0,external_node_path_namespaceObject.basename)(file)))));
            return undefined;
        }
    }
    let resolveShared = () => { };
    if (key !== undefined && !cached) {
        env.dependencies.set(key, new Promise((resolve) => (resolveShared = resolve)));
    }
    const helm = env.tools.helm;
    const before = new Set(await (0,promises_namespaceObject.readdir)(chartsDir).catch(() => []));
    const run = await env.serial(() => env.limit(() => runTool(helm, ['dependency', 'build', chart.dir === '' ? '.' : `./${chart.dir}`], {
        cwd: side.workspace.dir,
        env: env.sandbox.env(),
        timeoutMs: env.timeoutMs,
    })));
    if (run.code === 0 && !run.timedOut) {
        const built = (await (0,promises_namespaceObject.readdir)(chartsDir).catch(() => [])).filter((name) => name.endsWith('.tgz') && !before.has(name));
        resolveShared(built.map((name) => (0,external_node_path_namespaceObject.join)(chartsDir, name)));
        return undefined;
    }
    resolveShared(undefined);
    return {
        kind: run.timedOut ? 'timeout' : 'failed',
        message: run.timedOut
            ? `helm dependency build timed out after ${env.timeoutMs / 1000}s`
            : run.stderr || `helm dependency build exited with ${run.code}`,
        at: { file: chart.file, line: missing[0].line },
    };
}
function isVendored(dir, name, side) {
    const charts = dir === '' ? 'charts/' : `${dir}/charts/`;
    for (const path of side.index.tree.files.keys()) {
        if (!path.startsWith(charts))
            continue;
        const rest = path.slice(charts.length);
        if (rest === `${name}/Chart.yaml` ||
            (rest.startsWith(`${name}-`) && rest.endsWith('.tgz') && !rest.includes('/'))) {
            return true;
        }
    }
    return false;
}
/** Pulls a remote chart once per run (`helm pull --untar`), from an HTTP(S) Helm repository or an OCI registry. */
function pullChart(chart, env) {
    const key = chart.type === 'repo'
        ? `repo ${chart.repoURL} ${chart.chart} ${chart.version}`
        : `oci ${chart.ref} ${chart.version}`;
    let pending = env.charts.get(key);
    if (!pending) {
        pending = (async () => {
            const helm = env.tools.helm;
            const dest = (0,external_node_path_namespaceObject.join)(env.sandbox.charts, (0,external_node_crypto_namespaceObject.createHash)('sha256').update(key).digest('hex').slice(0, 16));
            await (0,promises_namespaceObject.mkdir)(dest, { recursive: true });
            const args = chart.type === 'repo' ? ['pull', chart.chart, '--repo', chart.repoURL] : ['pull', chart.ref];
            if (chart.version !== '')
                args.push('--version', chart.version);
            args.push('--untar', '--untardir', dest);
            const run = await env.serial(() => env.limit(() => runTool(helm, args, { cwd: dest, env: env.sandbox.env(), timeoutMs: env.timeoutMs })));
            if (run.timedOut)
                return { failure: `helm pull timed out after ${env.timeoutMs / 1000}s` };
            if (run.code !== 0)
                return { failure: run.stderr || `helm pull exited with ${run.code}` };
            const entries = await (0,promises_namespaceObject.readdir)(dest, { withFileTypes: true });
            const dir = entries.find((entry) => entry.isDirectory());
            return dir ? { dir: (0,external_node_path_namespaceObject.join)(dest, dir.name) } : { failure: `helm pull left no chart in ${dest}` };
        })();
        env.charts.set(key, pending);
    }
    return pending;
}

;// CONCATENATED MODULE: ./lib/render/kustomize.js








/**
 * kustomize never fetches: remote entries are local copies by the time it runs, and git and HTTP(S) are
 * turned off for anything left (a proxy that does not exist, no git transport but local files).
 */
const NO_FETCHING = {
    GIT_ALLOW_PROTOCOL: 'file',
    HTTP_PROXY: 'http://127.0.0.1:9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    http_proxy: 'http://127.0.0.1:9',
    https_proxy: 'http://127.0.0.1:9',
    NO_PROXY: '',
    no_proxy: '',
};
/**
 * `kubectl kustomize DIR` (or `kustomize build DIR`) with the root-only load restrictor and no plugins: no
 * `--enable-alpha-plugins`, no `--enable-exec`. `--enable-helm` only for `helmCharts`, with charts made local
 * beforehand and helm behind the sandbox's adapter (which runs `helm template` and nothing else). Origin
 * annotations are asked for (and taken out again) so each resource is traced to the repo file it came from.
 */
async function renderKustomize(target, spec, side, env) {
    const tool = env.tools.kustomize;
    if (!tool) {
        return {
            ok: false,
            failure: { kind: 'tool-missing', message: env.tools.missing.kustomize ?? 'kustomize is not installed' },
        };
    }
    const info = side.index.kustomizations.get(spec.path);
    if (!info) {
        return {
            ok: false,
            failure: { kind: 'blocked', message: `no kustomization in '${spec.path || '.'}'`, at: target.anchor },
        };
    }
    const remote = await resolveRemotes(spec.path, side, env);
    if (remote)
        return { ok: false, failure: remote };
    const charts = await prepareHelmCharts(spec.path, side, env);
    if (charts.failure)
        return { ok: false, failure: charts.failure };
    const native = await requestOrigins(info.file, side);
    const dir = spec.path === '' ? '.' : `./${spec.path}`;
    const args = tool.mode === 'kubectl'
        ? ['kustomize', dir, '--load-restrictor', 'LoadRestrictionsRootOnly']
        : ['build', dir, '--load-restrictor', 'LoadRestrictionsRootOnly'];
    if (charts.used) {
        args.push('--enable-helm', '--helm-command', env.sandbox.kustomizeHelm(env.tools.helm));
        args.push('--helm-kube-version', kubeVersionFlag(env.kubeVersion));
        for (const version of env.apiVersions)
            args.push('--helm-api-versions', version);
    }
    const run = await env.limit(() => runTool(tool.path, args, {
        cwd: side.workspace.dir,
        env: { ...env.sandbox.env(), ...NO_FETCHING },
        timeoutMs: env.timeoutMs,
    }));
    const at = locateKustomizeError(run.stderr, side) ?? { file: info.file, line: 1 };
    if (run.timedOut) {
        return {
            ok: false,
            failure: { kind: 'timeout', message: `kustomize timed out after ${env.timeoutMs / 1000}s`, at },
        };
    }
    if (run.code !== 0 || run.tooLarge) {
        return {
            ok: false,
            failure: { kind: 'failed', message: run.stderr || `kustomize exited with ${run.code}`, at },
        };
    }
    const root = (0,external_node_path_namespaceObject.join)(side.workspace.dir, spec.path);
    const parsed = parseRenderedOutput(run.stdout, {
        tool: 'kustomize',
        target: target.label,
        stripOrigin: !native,
        sourceToRepo: (origin) => {
            const path = joinRepoPath(spec.path, origin);
            return path !== undefined && side.index.tree.files.has(path) ? path : undefined;
        },
        remoteOrigin: (origin) => {
            const found = env.remote.originOf((0,external_node_path_namespaceObject.resolve)(root, origin));
            if (!found)
                return undefined;
            // The entry whose path holds the file (two entries may use one repository at one ref), else the first.
            const sources = side.remoteSources.get(found.copy) ?? [];
            const source = sources.find((candidate) => found.location.startsWith(`${candidate.location}/`)) ?? sources[0];
            return { label: found.label, ...(source && { source }) };
        },
    });
    return { ok: true, resources: parsed.resources, problems: parsed.problems };
}
/**
 * Fetches the remote resources of every kustomization the overlay builds on (once per side and file) and
 * rewrites them to the local copies; the first failure blocks the render, on the line of the entry.
 */
async function resolveRemotes(dir, side, env) {
    const pending = [];
    for (const member of kustomizeClosure(dir, side.index.kustomizations)) {
        const info = side.index.kustomizations.get(member);
        if (!info || info.remote.length === 0)
            continue;
        let resolution = side.remoteResolutions.get(info.file);
        if (!resolution) {
            resolution = env.remote
                .resolveKustomization((0,external_node_path_namespaceObject.join)(side.workspace.dir, info.file), info.file, info.remote)
                .then((outcome) => {
                if (outcome.ok) {
                    for (const [copy, sources] of outcome.sources)
                        side.remoteSources.set(copy, [...(side.remoteSources.get(copy) ?? []), ...sources]);
                }
                return outcome;
            })
                .catch((error) => ({
                ok: false,
                message: `the remote resources of ${info.file} could not be prepared: ${error instanceof Error ? error.message : String(error)}`,
                at: { file: info.file, line: info.remote[0].line },
            }));
            side.remoteResolutions.set(info.file, resolution);
        }
        pending.push(resolution);
    }
    for (const outcome of await Promise.all(pending)) {
        if (!outcome.ok)
            return { kind: 'blocked', message: outcome.message, at: outcome.at };
    }
    return undefined;
}
/**
 * The `helmCharts` of the overlay and what it builds on, made local before kustomize runs: each chart from a
 * repository is pulled once per run (as `helm pull`, from an HTTP(S) repository or an OCI registry) and
 * copied to where kustomize looks for it, `<chartHome>/<name>-<version>/<name>`, unless the repository keeps
 * it there already. kustomize itself never pulls.
 */
async function prepareHelmCharts(dir, side, env) {
    const pending = [];
    let used = false;
    for (const member of kustomizeClosure(dir, side.index.kustomizations)) {
        const info = side.index.kustomizations.get(member);
        for (const chart of info?.helmCharts ?? []) {
            used = true;
            if (!env.tools.helm) {
                return {
                    used,
                    failure: { kind: 'tool-missing', message: env.tools.missing.helm ?? 'helm is not installed' },
                };
            }
            const home = chart.version ? `${info.chartHome}/${chart.name}-${chart.version}` : info.chartHome;
            const destination = `${home}/${chart.name}`;
            if (side.index.tree.dirs.has(destination))
                continue; // kept in chartHome by the repository
            if (!chart.repo) {
                return {
                    used,
                    failure: {
                        kind: 'blocked',
                        message: `helmCharts '${chart.name}' names no repo, and the repository keeps no chart at ${destination}`,
                        at: { file: info.file, line: chart.line },
                    },
                };
            }
            let copied = side.helmChartCopies.get(destination);
            if (!copied) {
                const at = { file: info.file, line: chart.versionLine ?? chart.line };
                copied = pullChart(chart.repo.startsWith('oci://')
                    ? {
                        type: 'oci',
                        ref: `${chart.repo.replace(/\/+$/, '')}/${chart.name}`,
                        version: chart.version ?? '',
                    }
                    : { type: 'repo', repoURL: chart.repo, chart: chart.name, version: chart.version ?? '' }, env).then(async (pulled) => {
                    if ('failure' in pulled)
                        return { kind: 'failed', message: pulled.failure, at };
                    await (0,promises_namespaceObject.cp)(pulled.dir, (0,external_node_path_namespaceObject.join)(side.workspace.dir, destination), { recursive: true });
                    return undefined;
                });
                side.helmChartCopies.set(destination, copied);
            }
            pending.push(copied);
        }
    }
    const failure = (await Promise.all(pending)).find((outcome) => outcome !== undefined);
    return failure ? { used, failure } : { used };
}
/**
 * Adds `buildMetadata: [originAnnotations]` to the materialised copy of the kustomization (never the repo's).
 * Returns true when the kustomization asked for them itself, so they are part of its real output.
 */
function requestOrigins(file, side) {
    let pending = side.kustomizeOrigins.get(file);
    if (!pending) {
        pending = (async () => {
            const path = (0,external_node_path_namespaceObject.join)(side.workspace.dir, file);
            const text = await (0,promises_namespaceObject.readFile)(path, 'utf8').catch(() => undefined);
            if (text === undefined)
                return false;
            const doc = (0,dist/* parseDocument */.Tp)(text);
            if (doc.errors.length > 0 || !doc.contents)
                return false;
            const current = doc.get('buildMetadata');
            if ((0,dist/* isSeq */.oP)(current) &&
                current.items.some((item) => String(item.value) === 'originAnnotations')) {
                return true;
            }
            const items = (0,dist/* isSeq */.oP)(current) ? current.items.map((item) => item.value) : [];
            doc.set('buildMetadata', [...items, 'originAnnotations']);
            await (0,promises_namespaceObject.writeFile)(path, doc.toString());
            return false;
        })();
        side.kustomizeOrigins.set(file, pending);
    }
    return pending;
}
/**
 * The repo file kustomize's message is about (it prints absolute paths of the materialised copy): a
 * kustomization it names, else any file it names.
 */
function locateKustomizeError(stderr, side) {
    const prefix = `${side.workspace.dir}/`;
    const paths = [...stderr.matchAll(/(\/[^\s'":]+)/g)]
        .map((match) => match[1])
        .filter((absolute) => absolute.startsWith(prefix))
        .map((absolute) => absolute.slice(prefix.length).replace(/\/$/, ''));
    for (const path of paths) {
        for (const name of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) {
            const file = path.endsWith(`/${name}`) || path === name ? path : `${path}/${name}`;
            if (side.index.tree.files.has(file))
                return { file, line: 1 };
        }
    }
    const file = paths.find((path) => side.index.tree.files.has(path));
    return file ? { file, line: 1 } : undefined;
}

;// CONCATENATED MODULE: ./lib/render/remote.js
// Kustomize remote resources, read through the GitHub REST API before kustomize runs: each remote entry of a
// kustomization being rendered is fetched (once per run) into the sandbox, with the files its kustomization
// needs, and the entry is rewritten to the local copy. kustomize itself never fetches anything.








const DEFAULT_REMOTE_LIMITS = {
    maxRequests: 400,
    maxBytes: 64 * 1024 * 1024,
    maxDepth: 4,
};
/** The directory (beside the kustomization) that holds remote files: inside its root, as kustomize requires. */
const FILES_DIR = '.kube-pr-review-remote';
/** Kustomization fields that name files or directories next to it, besides resources/bases/components. */
const PATH_LISTS = [
    'crds',
    'patchesStrategicMerge',
    'configurations',
    'transformers',
    'generators',
    'validators',
];
const PATH_OBJECT_LISTS = ['patches', 'patchesJson6902', 'replacements'];
const GENERATORS = ['configMapGenerator', 'secretGenerator'];
class RemoteFailure extends Error {
}
/**
 * Shared by the renders of one run: API answers and copies are made once, whichever side or target needs
 * them. Every step of a fetch handles one path and never waits for another step, so cycles in remote
 * kustomizations end instead of waiting on each other.
 */
class RemoteFetcher {
    options;
    limits;
    contents = new Map();
    repos = new Map();
    items = new Map();
    /** Copies by absolute path (a repository copy directory, or one written file): how messages name them. */
    copies = new Map();
    requests = 0;
    bytes = 0;
    constructor(options) {
        this.options = options;
        this.limits = { ...DEFAULT_REMOTE_LIMITS, ...options.limits };
    }
    /**
     * Fetches the remote entries of one kustomization of the repository (its copy at `absFile`) and rewrites
     * them to the local copies. `sources` maps each copy it uses to the entries that brought it in.
     */
    async resolveKustomization(absFile, repoFile, entries) {
        const fromDir = (0,external_node_path_namespaceObject.dirname)(absFile);
        const planned = [];
        for (const entry of entries) {
            const at = { file: repoFile, line: entry.line };
            const remote = parseGitHubRemote(entry.reference, this.options.hosts);
            if (!remote) {
                return {
                    ok: false,
                    message: `kustomize remote resource '${entry.reference}' is not fetched: only GitHub repositories are read (github.com/OWNER/REPO//PATH?ref=REF, or a raw.githubusercontent.com URL), through the GitHub API`,
                    at,
                };
            }
            const { replacement, root } = this.plan(remote, fromDir, 1, describeRemote(remote));
            planned.push({ entry, remote, replacement, root });
        }
        const results = await Promise.all(planned.map(async ({ root }) => {
            try {
                return { copies: await this.walk(root) };
            }
            catch (error) {
                // A file system error too is a failed render, never a failed review.
                return { failure: error instanceof Error ? error.message : String(error) };
            }
        }));
        const sources = new Map();
        for (const [i, result] of results.entries()) {
            const { entry, remote } = planned[i];
            const at = { file: repoFile, line: entry.line };
            if ('failure' in result) {
                return {
                    ok: false,
                    message: `kustomize remote resource '${entry.reference}' could not be read: ${result.failure}`,
                    at,
                };
            }
            const source = {
                at,
                location: remote.location,
                ...(remote.ref !== undefined && { ref: remote.ref }),
            };
            for (const copy of result.copies)
                sources.set(copy, [...(sources.get(copy) ?? []), source]);
        }
        const text = await (0,promises_namespaceObject.readFile)(absFile, 'utf8');
        const doc = (0,dist/* parseDocument */.Tp)(text, { version: '1.1', uniqueKeys: false });
        for (const { entry, replacement } of planned)
            doc.setIn([entry.field, entry.index], replacement);
        await (0,promises_namespaceObject.writeFile)(absFile, doc.toString());
        return { ok: true, sources };
    }
    /**
     * The copy that an origin path (absolute) is in (the key of `RemoteResolution.sources`), the file's
     * `location` there, and its name as GitHub would give it: `github.com/OWNER/REPO/PATH?ref=X`.
     */
    originOf(absolute) {
        const exact = this.copies.get(absolute);
        if (exact?.file)
            return { copy: absolute, location: exact.remote.location, label: describeRemote(exact.remote) };
        let best;
        for (const key of this.copies.keys()) {
            if (absolute.startsWith(`${key}${external_node_path_namespaceObject.sep}`) && (!best || key.length > best.length))
                best = key;
        }
        if (!best)
            return undefined;
        const copy = this.copies.get(best);
        const path = (0,external_node_path_namespaceObject.relative)(best, absolute).split(external_node_path_namespaceObject.sep).join('/');
        return {
            copy: best,
            location: `${copy.remote.location}/${path}`,
            label: describeRemote(copy.remote, path),
        };
    }
    /** Repository copies as messages should name them: `github.com/OWNER/REPO@REF` instead of a temp path. */
    names() {
        return [...this.repos.values()].map((copy) => ({
            path: copy.dir,
            as: `${copy.remote.location}${copy.remote.ref === undefined ? '' : `@${copy.remote.ref}`}`,
        }));
    }
    /** The replacement entry (relative to `fromDir`) and the first item to fetch. */
    plan(remote, fromDir, depth, via) {
        if (remote.form === 'raw') {
            const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(describeRemote(remote)).digest('hex').slice(0, 12);
            const dest = (0,external_node_path_namespaceObject.join)(fromDir, FILES_DIR, hash, baseName(remote.path));
            return { replacement: relativePath(fromDir, dest), root: { kind: 'file', remote, dest, depth, via } };
        }
        const copy = this.repoCopy(remote);
        return {
            replacement: relativePath(fromDir, (0,external_node_path_namespaceObject.join)(copy.dir, remote.path)),
            root: { kind: 'path', copy, path: remote.path, expect: 'dir', depth, via },
        };
    }
    repoCopy(remote) {
        const key = `${remote.host}/${remote.owner}/${remote.repo}@${remote.ref ?? ''}`;
        let copy = this.repos.get(key);
        if (!copy) {
            const slug = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(key).digest('hex').slice(0, 16);
            copy = { dir: (0,external_node_path_namespaceObject.join)(this.options.dir, slug), remote: { ...remote, path: '' } };
            this.repos.set(key, copy);
            this.copies.set(copy.dir, { remote: copy.remote, file: false });
        }
        return copy;
    }
    /** Everything `root` needs, breadth first; the copies it touched. */
    async walk(root) {
        const seen = new Set();
        const copies = new Set();
        let queue = [root];
        while (queue.length > 0) {
            const fresh = queue.filter((item) => {
                const key = itemKey(item);
                if (seen.has(key))
                    return false;
                seen.add(key);
                return true;
            });
            // Settled in order, so the failure reported is the same whichever answer came first.
            const results = await Promise.allSettled(fresh.map((item) => this.handle(item)));
            queue = [];
            for (const result of results) {
                if (result.status === 'rejected')
                    throw result.reason;
                result.value.copies.forEach((copy) => copies.add(copy));
                queue.push(...result.value.next);
            }
        }
        return [...copies];
    }
    handle(item) {
        const key = itemKey(item);
        let pending = this.items.get(key);
        if (!pending) {
            pending = item.kind === 'file' ? this.fetchFile(item) : this.fetchPath(item);
            pending.catch(() => undefined); // awaited by every walk that needs it
            this.items.set(key, pending);
        }
        return pending;
    }
    async fetchFile(item) {
        if (item.depth > this.limits.maxDepth)
            throw this.tooDeep(item.via);
        const result = await this.get(item.remote, item.remote.path);
        if (result.type !== 'file') {
            throw new RemoteFailure(`${describeRemote(item.remote)} is a ${result.type === 'dir' ? 'directory' : result.type}, not a file: name a directory as github.com/OWNER/REPO//PATH?ref=REF`);
        }
        await writeCopy(item.dest, result.content);
        this.copies.set(item.dest, { remote: item.remote, file: true });
        return { next: [], copies: [item.dest] };
    }
    async fetchPath(item) {
        const { copy, path } = item;
        if (item.depth > this.limits.maxDepth)
            throw this.tooDeep(item.via);
        const name = describeRemote(copy.remote, path);
        const result = await this.get(copy.remote, path);
        if (result.type === 'file') {
            if (item.expect === 'dir') {
                throw new RemoteFailure(`${name} is a file: kustomize reads a git reference as a directory with a kustomization (a single file is a raw.githubusercontent.com URL)`);
            }
            await writeCopy((0,external_node_path_namespaceObject.join)(copy.dir, path), result.content);
            return { next: [], copies: [copy.dir] };
        }
        if (result.type !== 'dir')
            throw new RemoteFailure(`${name} is a ${result.type}: not followed`);
        const kustomization = KUSTOMIZATION_FILES.map((file) => result.entries.find((entry) => entry.name === file && (entry.type === 'file' || entry.type === 'symlink'))).find((entry) => entry !== undefined);
        if (!kustomization) {
            throw new RemoteFailure(`${name} is a directory without a kustomization.yaml: kustomize cannot build it`);
        }
        const file = path === '' ? kustomization.name : `${path}/${kustomization.name}`;
        const fileName = describeRemote(copy.remote, file);
        const content = await this.get(copy.remote, file);
        if (content.type !== 'file')
            throw new RemoteFailure(`${fileName} is not a file`);
        const doc = (0,dist/* parseDocument */.Tp)(content.content.toString('utf8'), { version: '1.1', uniqueKeys: false });
        let data;
        try {
            data = doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 });
        }
        catch {
            data = undefined;
        }
        if (typeof data !== 'object' || data === null || Array.isArray(data)) {
            throw new RemoteFailure(`${fileName} is not a kustomization (invalid YAML)`);
        }
        const references = kustomizationReferences(data);
        const dirAbs = (0,external_node_path_namespaceObject.join)(copy.dir, path);
        const next = [];
        let rewritten = false;
        for (const reference of references) {
            if (isRemoteReference(reference.value)) {
                if (!reference.at) {
                    throw new RemoteFailure(`${fileName} names '${reference.value}' in ${reference.field}: only resources, bases and components may be remote`);
                }
                const remote = parseGitHubRemote(reference.value, this.options.hosts);
                if (!remote) {
                    throw new RemoteFailure(`${fileName} refers to '${reference.value}', which is not a GitHub repository: not fetched`);
                }
                const planned = this.plan(remote, dirAbs, item.depth + 1, `${item.via} -> ${describeRemote(remote)}`);
                doc.setIn(reference.at, planned.replacement);
                rewritten = true;
                next.push(planned.root);
                continue;
            }
            const target = joinRepoPath(path, reference.value);
            if (target === undefined) {
                throw new RemoteFailure(`${fileName} refers to '${reference.value}', outside the repository: not fetched`);
            }
            next.push({ kind: 'path', copy, path: target, expect: 'any', depth: item.depth, via: item.via });
        }
        await writeCopy((0,external_node_path_namespaceObject.join)(dirAbs, kustomization.name), rewritten ? doc.toString() : content.content);
        return { next, copies: [copy.dir] };
    }
    /** One API answer, once per run, within the run's limits. */
    get(remote, path) {
        const key = `${remote.owner}/${remote.repo}@${remote.ref ?? ''}:${path}`;
        let pending = this.contents.get(key);
        if (!pending) {
            const name = describeRemote(remote, path);
            if (++this.requests > this.limits.maxRequests) {
                pending = Promise.reject(new RemoteFailure(`more than ${this.limits.maxRequests} requests to the GitHub API in this review: ${name} is not fetched`));
            }
            else {
                pending = this.options
                    .limit(() => this.options.fetchContents({
                    owner: remote.owner,
                    repo: remote.repo,
                    path,
                    ...(remote.ref !== undefined && { ref: remote.ref }),
                }))
                    .then((result) => {
                    if (result.type === 'file') {
                        this.bytes += result.content.length;
                        if (this.bytes > this.limits.maxBytes) {
                            throw new RemoteFailure(`more than ${this.limits.maxBytes} bytes read through the GitHub API in this review: ${name} is not used`);
                        }
                    }
                    return result;
                }, (error) => {
                    if (error instanceof RemoteFailure)
                        throw error;
                    throw new RemoteFailure(error instanceof Error ? error.message : String(error));
                });
            }
            // A failure is an answer too: the other side and the other targets get the same message.
            pending.catch(() => undefined);
            this.contents.set(key, pending);
        }
        return pending;
    }
    tooDeep(via) {
        return new RemoteFailure(`remote kustomizations refer to further remote ones more than ${this.limits.maxDepth} deep (${via}): not followed`);
    }
}
function itemKey(item) {
    return item.kind === 'file' ? `file\0${item.dest}` : `path\0${item.copy.dir}\0${item.path}`;
}
/** A relative path in kustomize's form: forward slashes, never mistaken for a URL. */
function relativePath(from, to) {
    const path = (0,external_node_path_namespaceObject.relative)(from, to).split(external_node_path_namespaceObject.sep).join('/');
    return path === '' ? '.' : path.startsWith('.') ? path : `./${path}`;
}
async function writeCopy(path, content) {
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    await (0,promises_namespaceObject.writeFile)(path, content, { mode: 0o644 });
}
/** Every file or directory a kustomization names (besides inline patches and literals). */
function kustomizationReferences(data) {
    const references = [];
    const add = (value, field, at) => {
        if (typeof value !== 'string' || value === '' || value.includes('\n'))
            return;
        references.push({ value, field, ...(at && { at }) });
    };
    for (const field of ['resources', 'bases', 'components']) {
        asList(data[field]).forEach((value, index) => add(value, field, [field, index]));
    }
    for (const field of PATH_LISTS)
        asList(data[field]).forEach((value) => add(value, field));
    for (const field of PATH_OBJECT_LISTS) {
        for (const entry of asList(data[field])) {
            if (isRecord(entry))
                add(entry.path, field);
        }
    }
    for (const field of GENERATORS) {
        for (const entry of asList(data[field])) {
            if (!isRecord(entry))
                continue;
            const generator = entry;
            for (const file of asList(generator.files)) {
                if (typeof file === 'string')
                    add(file.slice(file.indexOf('=') + 1), field);
            }
            for (const env of asList(generator.envs))
                add(env, field);
            add(generator.env, field);
        }
    }
    if (isRecord(data.openapi))
        add(data.openapi.path, 'openapi');
    return references;
}

;// CONCATENATED MODULE: ./lib/render/sandbox.js




/** Environment variables passed through to helm and kustomize: proxies and CA bundles, nothing else. */
const PASSED_THROUGH = [
    'PATH',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'SYSTEMROOT',
];
/**
 * A temp directory per run, holding everything the renderers read and write: the materialised files of each
 * side, remote charts, and empty homes for helm and kubectl, so no plugin, repository config, registry login
 * or kubeconfig of the machine is used.
 */
class Sandbox {
    root;
    charts;
    envBase;
    constructor(parent = (0,external_node_os_namespaceObject.tmpdir)()) {
        this.root = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(parent, 'kube-pr-review-render-'));
        const dir = (...parts) => {
            const path = (0,external_node_path_namespaceObject.join)(this.root, ...parts);
            (0,external_node_fs_namespaceObject.mkdirSync)(path, { recursive: true });
            return path;
        };
        this.charts = dir('charts');
        const home = dir('home');
        const kubeconfig = (0,external_node_path_namespaceObject.join)(this.root, 'kubeconfig');
        (0,external_node_fs_namespaceObject.writeFileSync)(kubeconfig, 'apiVersion: v1\nkind: Config\n');
        this.envBase = {
            HOME: home,
            TMPDIR: dir('tmp'),
            LANG: 'C',
            LC_ALL: 'C',
            // helm: no plugins (they are programs), no post-renderers, no repositories or logins of the machine.
            HELM_PLUGINS: dir('helm', 'plugins'),
            HELM_NO_PLUGINS: '1',
            HELM_CONFIG_HOME: dir('helm', 'config'),
            HELM_CACHE_HOME: dir('helm', 'cache'),
            HELM_DATA_HOME: dir('helm', 'data'),
            HELM_REGISTRY_CONFIG: (0,external_node_path_namespaceObject.join)(this.root, 'helm', 'config', 'registry.json'),
            HELM_REPOSITORY_CONFIG: (0,external_node_path_namespaceObject.join)(this.root, 'helm', 'config', 'repositories.yaml'),
            HELM_REPOSITORY_CACHE: dir('helm', 'cache', 'repository'),
            // kubectl: an empty kubeconfig, so nothing ever talks to a cluster.
            KUBECONFIG: kubeconfig,
            XDG_CONFIG_HOME: dir('xdg', 'config'),
            XDG_CACHE_HOME: dir('xdg', 'cache'),
            XDG_DATA_HOME: dir('xdg', 'data'),
            // kustomize fetches remote bases with git: never prompt, never read the machine's git config.
            GIT_TERMINAL_PROMPT: '0',
            GIT_CONFIG_NOSYSTEM: '1',
        };
    }
    env() {
        const env = { ...this.envBase };
        for (const name of PASSED_THROUGH) {
            const value = process.env[name];
            if (value !== undefined)
                env[name] = value;
        }
        return env;
    }
    /**
     * The helm that kustomize's `helmCharts` run: kustomize insists on helm 3 and pulls charts itself, so it
     * gets an adapter that answers the version check as helm 3 and runs only `helm template`, offline and
     * without plugins (the charts are local by then).
     */
    kustomizeHelm(helm) {
        const path = (0,external_node_path_namespaceObject.join)(this.root, 'bin', 'helm');
        if (!(0,external_node_fs_namespaceObject.existsSync)(path)) {
            (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
            const quoted = (value) => `'${value.replace(/'/g, `'\\''`)}'`;
            (0,external_node_fs_namespaceObject.writeFileSync)(path, [
                '#!/bin/sh',
                '# kube-pr-review: the helm kustomize runs for helmCharts.',
                'case "$1" in',
                '  version) echo "v3.99.0+kube-pr-review"; exit 0 ;;',
                '  template) ;;',
                `  *) echo "kube-pr-review: kustomize may only run 'helm template' here (charts are pulled beforehand)" >&2; exit 1 ;;`,
                'esac',
                `HELM_PLUGINS=${quoted(this.envBase.HELM_PLUGINS)} HELM_NO_PLUGINS=1 exec ${quoted(helm)} "$@"`,
                '',
            ].join('\n'), { mode: 0o755 });
        }
        return path;
    }
    /** A fresh directory under the sandbox. */
    dir(...parts) {
        const path = (0,external_node_path_namespaceObject.join)(this.root, ...parts);
        (0,external_node_fs_namespaceObject.mkdirSync)(path, { recursive: true });
        return path;
    }
    /** Removes the sandbox; the review goes on meanwhile (nothing reads it once the renders are compared). */
    cleanup() {
        return (0,promises_namespaceObject.rm)(this.root, { recursive: true, force: true }).catch(() => { });
    }
}

;// CONCATENATED MODULE: ./lib/render/scrub.js
// Tool messages shown in findings: without temp paths, without anything that may be a secret, and short.
const MAX_LINES = 12;
const MAX_LENGTH = 1500;
const SCRUBBED = '(masked)';
/** Values under keys like these are treated as secrets when helm echoes them in an error. */
const SECRET_KEY = /pass(word|wd|phrase)?|secret|token|credential|private|api[-_]?key|auth|cert|\bkey$|Key$/i;
/** Long base64 or hex runs (mixed case with digits, or hex): encoded Secret data, keys, certificates. */
const ENCODED_RUN = /[A-Za-z0-9+/_-]{32,}={0,2}/g;
function scrubMessage(message, options) {
    let text = message.replace(/\r\n?/g, '\n');
    for (const { path, as } of [...options.roots].sort((a, b) => b.path.length - a.path.length)) {
        text = text
            .split(`${path}/`)
            .join(as === '' ? '' : `${as}/`)
            .split(path)
            .join(as === '' ? '.' : as);
    }
    const secrets = [...new Set(options.secrets)].filter((secret) => secret.length >= 4);
    secrets.sort((a, b) => b.length - a.length);
    for (const secret of secrets)
        text = text.split(secret).join(SCRUBBED);
    text = text.replace(ENCODED_RUN, (run) => (/[0-9]/.test(run) && /[a-z]/.test(run) && /[A-Z]/.test(run)) || /^[0-9a-f]{40,}$/.test(run)
        ? SCRUBBED
        : run);
    const lines = text
        .split('\n')
        .map((line) => line.replace(/\s+$/, ''))
        .filter((line) => line !== '' && !/^Use --debug flag/.test(line));
    let result = lines
        .slice(0, MAX_LINES)
        .join('\n')
        .replace(/^Error: /, '');
    if (lines.length > MAX_LINES)
        result += `\n… (${lines.length - MAX_LINES} more lines)`;
    return result.length > MAX_LENGTH ? `${result.slice(0, MAX_LENGTH - 1)}…` : result;
}
/** Secret-looking values of a values tree (keys like password, token, secret): strings to scrub from messages. */
function secretValues(values, out = new Set(), underSecretKey = false) {
    if (typeof values === 'string') {
        if (underSecretKey)
            out.add(values);
    }
    else if (Array.isArray(values)) {
        for (const item of values)
            secretValues(item, out, underSecretKey);
    }
    else if (typeof values === 'object' && values !== null) {
        for (const [key, item] of Object.entries(values))
            secretValues(item, out, underSecretKey || SECRET_KEY.test(key));
    }
    return out;
}
/** Every value of a rendered Secret's data (base64 and decoded) and stringData. */
function secretDataValues(object, out) {
    if (object.kind !== 'Secret')
        return;
    for (const field of ['data', 'stringData']) {
        const map = object[field];
        if (typeof map !== 'object' || map === null)
            continue;
        for (const value of Object.values(map)) {
            if (typeof value !== 'string')
                continue;
            out.add(value);
            if (field === 'data') {
                const decoded = Buffer.from(value, 'base64').toString('utf8');
                for (const line of decoded.split('\n'))
                    if (line.trim().length >= 4)
                        out.add(line.trim());
            }
        }
    }
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./lib/render/tools.js




/**
 * Finds helm and kustomize: a path given as an option (CLI flag or action input) wins, then the project's own
 * `.tools/bin` (present in a development checkout, from `npm run setup-tools`), then PATH. Never from the
 * repository under review: a PR must not choose what runs.
 */
function findTools(options) {
    const tools = { missing: {} };
    const search = (name) => ownToolsBin(name) ?? onPath(name, options.searchPath ?? process.env.PATH ?? '');
    if (options.helmPath) {
        if (isExecutable(options.helmPath))
            tools.helm = (0,external_node_path_namespaceObject.resolve)(options.helmPath);
        else
            tools.missing.helm = `helm not found at ${options.helmPath}`;
    }
    else {
        const helm = search('helm');
        if (helm)
            tools.helm = helm;
        else
            tools.missing.helm = 'helm is not installed (not on PATH): install it or pass --helm PATH';
    }
    if (options.kustomizePath) {
        if (isExecutable(options.kustomizePath))
            tools.kustomize = { path: (0,external_node_path_namespaceObject.resolve)(options.kustomizePath), mode: 'kustomize' };
        else
            tools.missing.kustomize = `kustomize not found at ${options.kustomizePath}`;
    }
    else if (options.kubectlPath) {
        if (isExecutable(options.kubectlPath))
            tools.kustomize = { path: (0,external_node_path_namespaceObject.resolve)(options.kubectlPath), mode: 'kubectl' };
        else
            tools.missing.kustomize = `kubectl not found at ${options.kubectlPath}`;
    }
    else {
        const kubectl = search('kubectl');
        const kustomize = kubectl ? undefined : search('kustomize');
        if (kubectl)
            tools.kustomize = { path: kubectl, mode: 'kubectl' };
        else if (kustomize)
            tools.kustomize = { path: kustomize, mode: 'kustomize' };
        else
            tools.missing.kustomize =
                'neither kubectl nor kustomize is installed (not on PATH): install one or pass --kubectl PATH';
    }
    return tools;
}
function isExecutable(path) {
    try {
        (0,external_node_fs_namespaceObject.accessSync)(path, external_node_fs_namespaceObject.constants.X_OK);
        return (0,external_node_fs_namespaceObject.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function onPath(name, searchPath) {
    for (const dir of searchPath.split(external_node_path_namespaceObject.delimiter)) {
        if (dir === '' || !(0,external_node_path_namespaceObject.isAbsolute)(dir))
            continue;
        const candidate = (0,external_node_path_namespaceObject.join)(dir, name);
        if (isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
let ownRoot;
/** `.tools/bin/<name>` next to this tool's own package.json (src/, lib/ or dist/ are one or two levels down). */
function ownToolsBin(name) {
    if (ownRoot === undefined)
        ownRoot = findOwnRoot();
    if (!ownRoot)
        return undefined;
    const candidate = (0,external_node_path_namespaceObject.join)(ownRoot, '.tools', 'bin', name);
    return isExecutable(candidate) ? candidate : undefined;
}
function findOwnRoot() {
    let dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    for (let level = 0; level < 4; level++) {
        const manifest = (0,external_node_path_namespaceObject.join)(dir, 'package.json');
        if ((0,external_node_fs_namespaceObject.existsSync)(manifest)) {
            try {
                if (JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(manifest, 'utf8')).name === TOOL_NAME)
                    return dir;
            }
            catch {
                // not ours
            }
        }
        dir = (0,external_node_path_namespaceObject.dirname)(dir);
    }
    return null;
}

;// CONCATENATED MODULE: ./lib/render/values-lines.js
// Which changed values line a rendered resource depends on: the dotted key path of each changed line of a
// values file, matched against the `.Values.x.y` references in the resource's template.



/** The key path of every added line of a changed values file (the enclosing key for lines inside a value). */
function changedValuesLines(file, text) {
    const keys = keyLines(text);
    if (keys.length === 0)
        return [];
    const lines = [];
    for (const hunk of file.hunks) {
        for (const line of hunk.addedLines) {
            let found;
            for (const key of keys) {
                if (key.line > line)
                    break;
                found = key;
            }
            if (found)
                lines.push({ file: file.path, line, path: found.path });
        }
    }
    return lines;
}
function keyLines(text) {
    return scanBlockKeys(text) ?? parsedKeyLines(text);
}
/** Every key's line and dotted path, from the YAML parser: any YAML at all. */
function parsedKeyLines(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false });
    if (doc.errors.length > 0)
        return [];
    const out = [];
    const visit = (node, path) => {
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                const key = String(pair.key.value);
                const child = path ? `${path}.${key}` : key;
                out.push({ line: lineCounter.linePos(pair.key.range?.[0] ?? 0).line, path: child });
                visit(pair.value, child);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                visit(item, path);
        }
    };
    visit(doc.contents, '');
    return out.sort((a, b) => a.line - b.line);
}
const KEY_LINE = /^( *)((?:- +)*)("[^"\\]*"|'[^']*'|[A-Za-z_/][\w./-]*):(?: +(.*))?$/;
const SEQUENCE_ITEM = /^( *)- *(.*)$/;
const BLOCK_SCALAR = /^[|>][-+0-9]*(?: +#.*)?$/;
/** Plain keys the YAML parser would read as something other than their text. */
const NOT_A_STRING_KEY = /^(true|false|null|~|yes|no|on|off|y|n)$/i;
/**
 * The same answer as the parser for values files written the usual way (block maps and sequences, plain
 * or simply quoted keys, one-line scalars, block scalars), in a fraction of the time a cold YAML parser
 * takes; undefined for anything else (flow collections with keys, anchors, tags, multi-line quoted or plain
 * scalars, documents), which the parser reads.
 */
function scanBlockKeys(text) {
    const out = [];
    const open = [];
    let blockScalarIndent = -1;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/\r$/, '');
        const indent = line.length - line.trimStart().length;
        if (blockScalarIndent >= 0) {
            if (line.trim() === '' || indent > blockScalarIndent)
                continue;
            blockScalarIndent = -1;
        }
        const content = line.trim();
        if (content === '' || content.startsWith('#'))
            continue;
        if (line.includes('\t') || /^(---|\.\.\.)(\s|$)/.test(line))
            return undefined;
        const key = KEY_LINE.exec(line);
        if (!key) {
            // A sequence item that is a one-line scalar; anything else is left to the parser.
            const item = SEQUENCE_ITEM.exec(line);
            if (!item || item[2] === '' || !isOneLineScalar(item[2]))
                return undefined;
            if (BLOCK_SCALAR.test(item[2]))
                blockScalarIndent = item[1].length;
            continue;
        }
        const [, spaces = '', dashes = '', rawKey = '', rest = ''] = key;
        if (dashes.length > 0 && dashes.trim() !== '-')
            return undefined; // `- - a: 1`
        const column = spaces.length + dashes.length;
        const name = rawKey.startsWith('"') || rawKey.startsWith("'") ? rawKey.slice(1, -1) : rawKey;
        if (name === rawKey && (NOT_A_STRING_KEY.test(name) || /^[-+.\d]/.test(name)))
            return undefined;
        const value = rest.replace(/(^| +)#.*$/, '').trim();
        if (value !== '' && !isOneLineScalar(value))
            return undefined;
        while (open.length > 0 && open[open.length - 1].indent >= column)
            open.pop();
        const parent = open[open.length - 1]?.path ?? '';
        const path = parent ? `${parent}.${name}` : name;
        out.push({ line: i + 1, path });
        if (value === '')
            open.push({ indent: column, path });
        else if (BLOCK_SCALAR.test(value))
            blockScalarIndent = column;
    }
    return out;
}
/** A value that ends on its own line and holds no key: a plain or quoted scalar, `[]`, `{}`, `[a, b]`. */
function isOneLineScalar(value) {
    if (/^[&*!?%@`]/.test(value))
        return false; // anchors, aliases, tags, complex keys, reserved
    if (value.startsWith('"'))
        return /^"(?:[^"\\]|\\.)*"$/.test(value);
    if (value.startsWith("'"))
        return /^'(?:[^']|'')*'$/.test(value);
    if (value.startsWith('[') || value.startsWith('{')) {
        const unquoted = value.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, 'x');
        return /^(\[[^[\]{}:"'#]*\]|\{ *\})$/.test(unquoted);
    }
    return !value.includes(': ') && !value.endsWith(':');
}
const VALUES_REFERENCE = /\.Values((?:\.[A-Za-z_][\w-]*)+)/g;
const templateCache = new Map();
/** `.Values.a.b` references of a template file (as helm names it: `chart/templates/x.yaml`) in a chart on disk. */
function templateValueRefs(chartDir, template) {
    const slash = template.indexOf('/');
    // Only templates read values: a chart's crds/ files are printed as they are.
    if (slash === -1 || !template.includes('/templates/'))
        return [];
    const path = (0,external_node_path_namespaceObject.join)(chartDir, template.slice(slash + 1));
    let refs = templateCache.get(path);
    if (!refs) {
        let text = '';
        try {
            text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
        }
        catch {
            // a template of a packaged subchart: not on disk
        }
        refs = [...new Set([...text.matchAll(VALUES_REFERENCE)].map((match) => match[1].slice(1)))];
        templateCache.set(path, refs);
    }
    return refs;
}
/** The first changed values line whose key the template reads (or reads a part or a parent of). */
function lineForTemplate(lines, refs) {
    return lines.find((line) => refs.some((ref) => ref === line.path || line.path.startsWith(`${ref}.`) || ref.startsWith(`${line.path}.`)));
}

;// CONCATENATED MODULE: ./lib/render/workspace.js




/**
 * The files one side of the change needs, written from git objects into a temp directory: only the
 * directories and files that the rendered targets read, never the working tree, never a file's
 * executable bit, and symlinks only when they stay inside the repository.
 */
class Workspace {
    tree;
    dir;
    written = new Set();
    constructor(tree, 
    /** The directory that stands for the repository root. */
    dir) {
        this.tree = tree;
        this.dir = dir;
    }
    async materialize(dirs, files) {
        const problems = [];
        const wanted = new Set();
        const add = (dirList, fileList) => {
            const sorted = [...new Set(dirList)];
            for (const path of this.tree.files.keys()) {
                if (!this.written.has(path) && sorted.some((dir) => isUnder(path, dir)))
                    wanted.add(path);
            }
            for (const path of fileList)
                if (this.tree.files.has(path) && !this.written.has(path))
                    wanted.add(path);
        };
        add(dirs, files);
        // Symlinks: resolved inside the repository, or dropped. Their targets are written too.
        const links = [...wanted].filter((path) => this.tree.files.get(path) === SYMLINK_MODE);
        const linkTargets = await this.tree.readText(links);
        const extraDirs = [];
        const extraFiles = [];
        const symlinks = [];
        for (const link of links) {
            wanted.delete(link);
            const target = linkTargets.get(link) ?? '';
            const resolved = resolveLink(link, target, this.tree);
            if (resolved === undefined) {
                problems.push({
                    path: link,
                    message: `symlink ${link} points outside the repository or through another symlink (${target}): not followed`,
                });
                this.written.add(link);
                continue;
            }
            symlinks.push([link, target]);
            if (this.tree.dirs.has(resolved))
                extraDirs.push(resolved);
            else
                extraFiles.push(resolved);
        }
        if (extraDirs.length + extraFiles.length > 0) {
            add(extraDirs, extraFiles);
            for (const path of [...wanted])
                if (this.tree.files.get(path) === SYMLINK_MODE)
                    wanted.delete(path);
        }
        const blobs = await this.tree.readBuffers([...wanted]);
        // Synchronous writes: the files are small and many, and each awaited write costs more than it does.
        const made = new Set();
        const ensureDir = (path) => {
            const parent = (0,external_node_path_namespaceObject.dirname)(path);
            if (made.has(parent))
                return;
            (0,external_node_fs_namespaceObject.mkdirSync)(parent, { recursive: true });
            made.add(parent);
        };
        for (const [path, blob] of blobs) {
            this.written.add(path);
            if (!blob)
                continue;
            const target = (0,external_node_path_namespaceObject.join)(this.dir, path);
            ensureDir(target);
            (0,external_node_fs_namespaceObject.writeFileSync)(target, blob, { mode: 0o644 });
        }
        for (const [link, target] of symlinks) {
            this.written.add(link);
            const path = (0,external_node_path_namespaceObject.join)(this.dir, link);
            ensureDir(path);
            try {
                (0,external_node_fs_namespaceObject.symlinkSync)(target, path);
            }
            catch {
                // already there (two sides never share a directory; a link listed twice is written once)
            }
        }
        return problems;
    }
    has(path) {
        return this.written.has(path);
    }
}
/**
 * Where a symlink points, resolved one component at a time so the answer is what the file system will do:
 * undefined when it leaves the repository, is absolute, or passes through another symlink (a chain could
 * climb out where a plain path cannot).
 */
function resolveLink(link, target, tree) {
    if (target === '' || target.startsWith('/') || target.includes('\0'))
        return undefined;
    const parts = dirOf(link) === '' ? [] : dirOf(link).split('/');
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
            continue;
        }
        parts.push(part);
        if (tree.files.get(parts.join('/')) === SYMLINK_MODE)
            return undefined;
    }
    const resolved = parts.join('/');
    return joinRepoPath('', resolved === '' ? '.' : resolved);
}

;// CONCATENATED MODULE: ./lib/render/render-changes.js
// The rendering stage of a review: find the targets the change affects, render each on both sides (in
// parallel, bounded by CPU count), diff the rendered resources per target, and trace every rendered resource
// to the repo line that caused it.























const EMPTY = { targets: [], problems: [], inputFiles: [] };
async function renderChanges(request) {
    const settings = request.options.render;
    if (settings && !settings.enabled)
        return EMPTY;
    const headReleases = settings?.releases ?? [];
    const baseByName = new Map((request.baseReleases ?? headReleases).map((release) => [release.name, release]));
    // The base side renders a release as the base config declared it, or, when it did not, as head does.
    const baseReleases = headReleases.map((release) => baseByName.get(release.name) ?? release);
    // An audit renders one commit: both sides are the same tree, searched once.
    const { base: baseTree, head: headTree } = request.trees;
    const sameCommit = baseTree === headTree && baseReleases.every((release, i) => release === headReleases[i]);
    const identity = request.identity ?? (() => Promise.resolve(ANY_REPOSITORY));
    const headFound = await (request.headDiscovery ??
        discoverSide(headTree, headReleases, request.configFile, identity));
    const baseFound = sameCommit
        ? headFound
        : await discoverSide(baseTree, baseReleases, request.configFile, identity);
    for (const note of new Set([...headFound.notes]))
        request.logger.info(note);
    const consumed = new Set([...baseFound.consumed, ...headFound.consumed]);
    const inScope = (target) => request.options.pathFilter.matches(target.anchor.file);
    const pairs = pairTargets(sideTargets(baseFound, consumed).filter(inScope), sideTargets(headFound, consumed).filter(inScope));
    const selected = pairs
        .map((pair) => ({ pair, affected: isAffected(pair, request.changed) }))
        .filter(({ pair, affected }) => affected || (request.everything && pair.head));
    if (selected.length === 0)
        return EMPTY;
    const sandbox = new Sandbox();
    try {
        const limit = createLimiter(Math.max(1, (0,external_node_os_namespaceObject.availableParallelism)()));
        const apiUrl = request.options.github?.apiUrl || DEFAULT_GITHUB_API_URL;
        const token = request.options.github?.token;
        const env = {
            sandbox,
            tools: findTools({
                ...(settings?.helmPath ? { helmPath: settings.helmPath } : {}),
                ...(settings?.kubectlPath ? { kubectlPath: settings.kubectlPath } : {}),
                ...(settings?.kustomizePath ? { kustomizePath: settings.kustomizePath } : {}),
            }),
            timeoutMs: settings?.timeoutMs ?? 120_000,
            kubeVersion: `${request.options.kubernetesVersion.major}.${request.options.kubernetesVersion.minor}`,
            apiVersions: settings?.apiVersions ?? [],
            limit,
            serial: createLimiter(1),
            charts: new Map(),
            dependencies: new Map(),
            remote: new RemoteFetcher({
                fetchContents: request.fetchContents ??
                    createContentsClient({
                        apiUrl,
                        ...(token && { token }),
                        timeoutMs: Math.min(settings?.timeoutMs ?? 120_000, 30_000),
                    }).get,
                dir: sandbox.dir('remote'),
                hosts: githubHosts(apiUrl),
                limit: createLimiter(8),
            }),
        };
        const sides = {
            base: sideEnv('base', baseFound.index, sandbox),
            head: sideEnv('head', headFound.index, sandbox),
        };
        const problems = [];
        // Write the files each side needs, then render every side of every selected target at once.
        const jobs = [];
        for (const { pair, affected } of selected) {
            // A head that cannot be rendered as declared is reported as such: its base is not needed either.
            if (pair.head && pair.head.problems.length > 0)
                continue;
            if (pair.head)
                jobs.push({ pair, affected, side: 'head', target: pair.head });
            if (pair.base && affected)
                jobs.push({ pair, affected, side: 'base', target: pair.base });
        }
        for (const side of ['base', 'head']) {
            const targets = jobs
                .filter((job) => job.side === side && job.target.problems.length === 0)
                .map((job) => job.target);
            const linkProblems = await sides[side].workspace.materialize(targets.flatMap((target) => target.inputDirs), targets.flatMap((target) => target.inputFiles));
            if (side === 'head') {
                for (const problem of linkProblems) {
                    problems.push({
                        file: problem.path,
                        line: 1,
                        message: problem.message,
                        severity: 'warning',
                        key: `symlink ${problem.path}`,
                    });
                }
            }
        }
        const rendering = Promise.all(jobs.map(async (job) => job.target.problems.length > 0 ? blocked(job.target) : renderTarget(job.target, sides[job.side], env)));
        // On a CPU the renders leave idle, after this turn's work (which starts the renders' processes).
        if (request.whileRendering && jobs.length < (0,external_node_os_namespaceObject.availableParallelism)())
            setImmediate(request.whileRendering);
        const renders = await rendering;
        const rendered = new Map();
        jobs.forEach((job, i) => {
            const entry = rendered.get(job.pair.id) ?? {};
            entry[job.side] = renders[i];
            rendered.set(job.pair.id, entry);
        });
        const results = [];
        const inputFiles = new Map();
        const changedByPath = new Map(request.changed.filter((file) => file.status !== 'deleted').map((file) => [file.path, file]));
        for (const { pair, affected } of selected) {
            const outcome = rendered.get(pair.id) ?? {};
            const inputs = affected ? changedInputs(pair, request.changed) : [];
            for (const file of inputs)
                inputFiles.set(file.path, file);
            const result = compare(pair, affected, outcome, {
                request,
                indexes: { base: baseFound.index, head: headFound.index },
                problems,
                changedByPath,
                inputs,
                sandbox,
                sides,
                remote: env.remote,
            });
            if (result)
                results.push(result);
        }
        return { targets: results, problems, inputFiles: [...inputFiles.values()], cleanup: sandbox.cleanup() };
    }
    catch (error) {
        await sandbox.cleanup();
        throw error;
    }
}
function sideEnv(side, index, sandbox) {
    return {
        side,
        index,
        workspace: new Workspace(index.tree, sandbox.dir(side, 'repo')),
        inlineDir: sandbox.dir(side, 'inline-values'),
        dependencyBuilds: new Map(),
        kustomizeOrigins: new Map(),
        remoteResolutions: new Map(),
        remoteSources: new Map(),
        helmChartCopies: new Map(),
    };
}
function blocked(target) {
    return {
        ok: false,
        failure: { kind: 'blocked', message: target.problems[0].message, at: target.problems[0].at },
    };
}
function renderTarget(target, side, env) {
    return target.spec.type === 'helm'
        ? renderHelm(target, target.spec, side, env)
        : renderKustomize(target, target.spec, side, env);
}
function compare(pair, affected, outcome, context) {
    const { problems } = context;
    const target = (pair.head ?? pair.base);
    const head = outcome.head;
    const base = outcome.base;
    const status = pair.head && pair.base ? 'modified' : pair.head ? 'added' : 'deleted';
    // Target problems (a values file outside the repo...) are reported where they are, and block the render.
    if (pair.head && pair.head.problems.length > 0) {
        for (const problem of pair.head.problems) {
            problems.push({
                ...problem.at,
                message: `${pair.head.label}: ${problem.message}`,
                severity: problem.severity,
                key: `${pair.id} ${problem.message}`,
            });
        }
        return undefined;
    }
    let secretValues;
    const secrets = () => (secretValues ??= collectSecrets(pair, outcome, context));
    const headFailure = head && !head.ok ? head.failure : undefined;
    const baseFailure = base && !base.ok ? base.failure : undefined;
    if (headFailure) {
        const message = describeFailure(pair.head, headFailure, secrets(), context);
        const same = headFailure.kind !== 'tool-missing' &&
            baseFailure !== undefined &&
            describeFailure(pair.base, baseFailure, secrets(), context) === message;
        problems.push({
            ...(headFailure.at ?? pair.head.anchor),
            message: same ? `${message} (it failed the same way before this change)` : message,
            severity: headFailure.kind === 'tool-missing' || same ? 'warning' : 'error',
            key: `${pair.id} ${normalise(message)}`,
        });
        return undefined;
    }
    const headResources = head && head.ok ? head.resources : [];
    const baseResources = base && base.ok ? base.resources : [];
    for (const message of head && head.ok ? head.problems : []) {
        problems.push({
            ...pair.head.anchor,
            message: `${pair.head.label}: rendered YAML: ${message}`,
            severity: 'error',
            key: `${pair.id} ${message}`,
        });
    }
    if (baseFailure && pair.head) {
        problems.push({
            ...pair.head.anchor,
            message: `${pair.base.label}: the base commit could not be rendered, so there is no rendered diff; the rendered resources are checked as they are: ${describeFailure(pair.base, baseFailure, secrets(), context)}`,
            severity: 'notice',
            key: `${pair.id} base ${normalise(baseFailure.message)}`,
        });
    }
    if (pair.head)
        attribute(pair, headResources, head && head.ok ? head.chartDir : undefined, context);
    for (const resource of baseResources) {
        const at = (pair.base ?? pair.head).anchor;
        place(resource, at);
    }
    const diffed = affected && !baseFailure;
    const changes = diffed
        ? diffResources(baseResources, headResources, {
            ignoreFields: context.request.options.ignoreFields ?? NO_IGNORED_FIELDS,
            identical: (a, b) => a.text === b.text,
        })
        : [];
    const helmChartBumps = diffed ? kustomizeChartBumps(pair, context.indexes) : [];
    return {
        target,
        ...(pair.base ? { baseTarget: pair.base } : {}),
        status,
        changes,
        diffed,
        affected,
        baseResources,
        headResources,
        ...(helmChartBumps.length > 0 ? { helmChartBumps } : {}),
    };
}
/**
 * The `helmCharts` version bumps in the kustomizations an overlay builds, for kustomizations with one chart (the
 * chart's resources are then exactly those the kustomization generates).
 */
function kustomizeChartBumps(pair, indexes) {
    if (pair.base?.spec.type !== 'kustomize' || pair.head?.spec.type !== 'kustomize')
        return [];
    const bumps = [];
    for (const dir of kustomizeClosure(pair.head.spec.path, indexes.head.kustomizations)) {
        const head = indexes.head.kustomizations.get(dir);
        const base = indexes.base.kustomizations.get(dir);
        if (head?.helmCharts.length !== 1 || base?.helmCharts.length !== 1)
            continue;
        const [after, before] = [head.helmCharts[0], base.helmCharts[0]];
        if (after.name !== before.name || !after.version || !before.version || after.version === before.version)
            continue;
        bumps.push({
            kustomization: head.file,
            chart: after.name,
            from: before.version,
            to: after.version,
            line: after.versionLine ?? after.line,
        });
    }
    return bumps;
}
/** Sets where a rendered resource's findings go. */
function place(resource, at) {
    resource.file = at.file;
    resource.line = at.line;
    resource.endLine = at.line;
    resource.lineOf = () => at.line;
}
/**
 * Traces each head resource to the repo line that caused its change: the changed template or kustomize
 * source it came from, else the chart version line of a bump, a changed values file, the changed lines of
 * the declaration (inline values, parameters), any other changed input, or the declaration itself.
 */
function attribute(pair, resources, chartDir, context) {
    const head = pair.head;
    const { changedByPath, inputs } = context;
    const changedLine = (path, range) => {
        const file = changedByPath.get(path);
        if (!file)
            return undefined;
        return { file: path, line: firstChangedLine(file, range) ?? range?.start ?? 1 };
    };
    // A changed YAML input (an ApplicationSet generator's file): its first changed key, not a comment above it.
    const changedInputLine = (file) => {
        const text = isManifestPath(file.path)
            ? readIfPresent((0,external_node_path_namespaceObject.join)(context.sides.head.workspace.dir, file.path))
            : undefined;
        const key = text === undefined ? undefined : changedValuesLines(file, text)[0];
        return key ? { file: key.file, line: key.line } : changedLine(file.path);
    };
    const versionChanged = pair.base !== undefined &&
        versionOf(pair.base, context.indexes.base) !== versionOf(head, context.indexes.head);
    const declarationChanged = !pair.base || specKey(pair.base) !== specKey(head);
    const valuesLines = [];
    if (head.spec.type === 'helm') {
        const chart = head.spec.chart;
        // The chart's own values.yaml first: helm merges the values files over it.
        const paths = [
            ...(chart.type === 'path' ? [chart.path ? `${chart.path}/values.yaml` : 'values.yaml'] : []),
            ...head.spec.valuesFiles.filter((values) => !values.inChart).map((values) => values.path),
        ];
        for (const path of paths) {
            const file = changedByPath.get(path);
            const text = file && readIfPresent((0,external_node_path_namespaceObject.join)(context.sides.head.workspace.dir, file.path));
            if (file && text !== undefined)
                valuesLines.push(...changedValuesLines(file, text));
        }
    }
    const generic = (versionChanged ? head.versionAt : undefined) ??
        valuesLines[0] ??
        (declarationChanged ? changedLine(head.anchor.file, head.declared) : undefined) ??
        inputs.filter((file) => changedByPath.has(file.path)).map((file) => changedInputLine(file))[0] ??
        head.anchor;
    const changedLineAt = (at) => changedByPath.get(at.file)?.hunks.some((hunk) => hunk.addedLines.includes(at.line)) === true;
    for (const resource of resources) {
        // From a kustomize remote resource whose entry the change edits (a `?ref=` bump): that line.
        if (resource.remote && changedLineAt(resource.remote.at)) {
            place(resource, resource.remote.at);
            continue;
        }
        const source = resource.sourcePath !== undefined ? changedByPath.get(resource.sourcePath) : undefined;
        if (source) {
            const match = context.request
                .parsedHead(source.path)
                ?.resources.find((raw) => raw.ref.kind === resource.ref.kind && raw.ref.name === resource.ref.name);
            if (match) {
                resource.file = match.file;
                resource.line = match.line;
                resource.endLine = match.endLine;
                resource.lineOf = match.lineOf;
                // kustomize drops comments: the source file's `# kube-pr-review: ignore` still counts.
                if (match.ignoredRules.size > 0)
                    resource.ignoredRules = new Set([...resource.ignoredRules, ...match.ignoredRules]);
            }
            else {
                place(resource, changedLine(source.path));
            }
            continue;
        }
        const template = resource.rendered.template;
        const valuesLine = chartDir && template && valuesLines.length > 0
            ? lineForTemplate(valuesLines, templateValueRefs(chartDir, template))
            : undefined;
        place(resource, valuesLine ?? generic);
    }
}
/** The first added line of a changed file (within `range`), or where a deletion was. */
function firstChangedLine(file, range) {
    const inRange = (line) => !range || (line >= range.start && line <= range.end);
    for (const hunk of file.hunks)
        for (const line of hunk.addedLines)
            if (inRange(line))
                return line;
    for (const hunk of file.hunks) {
        const line = Math.max(1, hunk.newStart);
        if (inRange(line))
            return line;
    }
    return undefined;
}
function versionOf(target, index) {
    if (target.spec.type !== 'helm')
        return '';
    const chart = target.spec.chart;
    if (chart.type === 'path')
        return index.charts.get(chart.path)?.version ?? '';
    return chart.version;
}
/** `<label>: helm template failed: <helm's message>`, scrubbed of temp paths and secrets. */
function describeFailure(target, failure, secrets, context) {
    const tool = target.spec.type === 'helm' ? 'helm' : 'kustomize';
    const message = scrubMessage(failure.message, {
        roots: [
            { path: context.sides.base.workspace.dir, as: '' },
            { path: context.sides.head.workspace.dir, as: '' },
            { path: context.sides.base.inlineDir, as: '(inline values)' },
            { path: context.sides.head.inlineDir, as: '(inline values)' },
            { path: context.sandbox.charts, as: '(remote chart)' },
            ...context.remote.names(),
            { path: context.sandbox.root, as: '(sandbox)' },
        ],
        secrets,
    });
    switch (failure.kind) {
        case 'tool-missing':
            return `${target.label} is not rendered: ${message}`;
        case 'blocked':
            return `${target.label}: ${message}`;
        default:
            return `${target.label}: ${tool} failed: ${message}`;
    }
}
function normalise(message) {
    return message.replace(/\d+/g, '#');
}
/** Strings a tool message must not show: Secret data rendered on either side, secret-looking values. */
function collectSecrets(pair, outcome, context) {
    const secrets = new Set();
    const token = context.request.options.github?.token;
    if (token)
        secrets.add(token);
    for (const side of ['base', 'head']) {
        const render = outcome[side];
        if (render?.ok) {
            for (const resource of render.resources) {
                if (resource.ref.kind === 'Secret')
                    secretDataValues(resource.object, secrets);
            }
        }
        const target = pair[side];
        if (target?.spec.type !== 'helm')
            continue;
        for (const values of target.spec.inlineValues)
            collectFromYaml(values.text, secrets);
        for (const file of target.spec.valuesFiles) {
            if (file.inChart)
                continue;
            const text = readIfPresent((0,external_node_path_namespaceObject.join)(context.sides[side].workspace.dir, file.path));
            if (text !== undefined)
                collectFromYaml(text, secrets);
        }
        for (const value of target.spec.set)
            if (/pass|secret|token|key|cred|auth/i.test(value.name))
                secrets.add(value.value);
    }
    return secrets;
}
function readIfPresent(path) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
function collectFromYaml(text, secrets) {
    try {
        const data = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
        if (isRecord(data))
            secretValues(asRecord(data), secrets);
    }
    catch {
        // not YAML: nothing to learn from it
    }
}

;// CONCATENATED MODULE: ./lib/rules/workload.js
// Shared helpers for the operating-practice rules: where a workload keeps its pod spec and containers,
// lookups over the repo's head resources (autoscalers, workloads by namespace, LimitRange defaults), each
// built once per resourcesOfKind() result, and reading a setting from a YAML file that is not a manifest.



/** True when the resource is `kind` in one of `groups` (so a custom resource named `Job` is not a batch Job). */
function isKind(resource, kind, groups) {
    return resource.ref.kind === kind && groups.includes(apiGroup(resource.ref.apiVersion));
}
/** Where each workload kind keeps its pod spec. `extensions` and `apps/v1beta*` are the old homes. */
const POD_SPEC_PATHS = {
    Pod: { groups: [''], path: ['spec'] },
    ReplicationController: { groups: [''], path: ['spec', 'template', 'spec'] },
    Deployment: { groups: ['apps', 'extensions'], path: ['spec', 'template', 'spec'] },
    StatefulSet: { groups: ['apps'], path: ['spec', 'template', 'spec'] },
    DaemonSet: { groups: ['apps', 'extensions'], path: ['spec', 'template', 'spec'] },
    ReplicaSet: { groups: ['apps', 'extensions'], path: ['spec', 'template', 'spec'] },
    Job: { groups: ['batch'], path: ['spec', 'template', 'spec'] },
    CronJob: { groups: ['batch'], path: ['spec', 'jobTemplate', 'spec', 'template', 'spec'] },
};
/** The pod spec of a built-in workload (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, RC, Job, CronJob). */
function podSpecOf(resource) {
    const where = POD_SPEC_PATHS[resource.ref.kind];
    if (!where || !where.groups.includes(apiGroup(resource.ref.apiVersion)))
        return undefined;
    let node = resource.object;
    for (const segment of where.path) {
        if (!isRecord(node))
            return undefined;
        node = node[segment];
    }
    return isRecord(node) ? { spec: node, path: where.path } : undefined;
}
/**
 * Workloads whose pods are meant to keep running: not Jobs and CronJobs, and not a bare Pod that is
 * told not to restart.
 */
function isLongRunning(resource, pod) {
    const kind = resource.ref.kind;
    if (kind === 'Job' || kind === 'CronJob')
        return false;
    if (kind === 'Pod')
        return pod.spec.restartPolicy !== 'Never' && pod.spec.restartPolicy !== 'OnFailure';
    return true;
}
const CONTAINER_FIELDS = {
    container: 'containers',
    initContainer: 'initContainers',
    ephemeralContainer: 'ephemeralContainers',
};
/** In the order the kubelet starts them. */
const ALL_CONTAINER_KINDS = [
    'initContainer',
    'container',
    'ephemeralContainer',
];
function containersOf(pod, kinds = ALL_CONTAINER_KINDS) {
    const found = [];
    for (const kind of kinds) {
        const field = CONTAINER_FIELDS[kind];
        asList(pod.spec[field]).forEach((container, index) => {
            if (!isRecord(container))
                return;
            const name = typeof container.name === 'string' ? container.name : `#${index + 1}`;
            found.push({ container, name, kind, path: [...pod.path, field, index] });
        });
    }
    return found;
}
/** "container 'app'", "init container 'migrate'", "ephemeral container 'debug'". */
function describeContainer(ref) {
    const label = ref.kind === 'initContainer'
        ? 'init container'
        : ref.kind === 'ephemeralContainer'
            ? 'ephemeral container'
            : 'container';
    return `${label} '${ref.name}'`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** "a", "a and b", "a, b and c". */
function joinPhrases(phrases) {
    if (phrases.length <= 1)
        return phrases.join('');
    return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}
/** "Deployment 'web'". */
function kindAndName(resource) {
    return `${resource.ref.kind} '${resource.ref.name}'`;
}
/**
 * Objects without `metadata.namespace` match any namespace: kustomize, Helm and Argo CD often set it at
 * deploy time, so a missing namespace says nothing about where the object lands.
 */
function sameNamespace(a, b) {
    return a === undefined || b === undefined || a === b;
}
/** `spec.replicas` of a workload: 1 when unset, undefined when it is not a number (a template, a typo). */
function replicasOf(resource) {
    const spec = resource.object.spec;
    const replicas = isRecord(spec) ? spec.replicas : undefined;
    if (replicas === undefined || replicas === null)
        return 1;
    return typeof replicas === 'number' && Number.isInteger(replicas) && replicas >= 0 ? replicas : undefined;
}
/** A Deployment or StatefulSet (the workloads whose replica count is theirs to choose). */
function isScalableWorkload(resource) {
    return isKind(resource, 'Deployment', ['apps', 'extensions']) || isKind(resource, 'StatefulSet', ['apps']);
}
/** True when a Kubernetes label selector (matchLabels, matchExpressions) selects `labels`. */
function selectorMatches(selector, labels) {
    const matchLabels = selector.matchLabels;
    if (isRecord(matchLabels)) {
        for (const [key, value] of Object.entries(matchLabels)) {
            if (!Object.hasOwn(labels, key) || String(labels[key]) !== String(value))
                return false;
        }
    }
    for (const expression of asList(selector.matchExpressions)) {
        if (!isRecord(expression) || typeof expression.key !== 'string')
            return false;
        const has = Object.hasOwn(labels, expression.key);
        const value = has ? String(labels[expression.key]) : undefined;
        const values = asList(expression.values).map(String);
        switch (expression.operator) {
            case 'In':
                if (value === undefined || !values.includes(value))
                    return false;
                break;
            case 'NotIn':
                if (value !== undefined && values.includes(value))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
            default:
                return false;
        }
    }
    return true;
}
// ---- lookups over the head resources, built once per resourcesOfKind() array ----
/** Kinds the index reads: each rule asks only for what it needs (see their `lookupKinds`). */
const SCALER_KINDS = ['HorizontalPodAutoscaler', 'ScaledObject'];
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet'];
const LIMIT_RANGE_KINDS = ['LimitRange'];
const indexes = new WeakMap();
/** The index of a resourcesOfKind() result, built on first use and shared by every rule asking the same kinds. */
function headIndex(resources) {
    let index = indexes.get(resources);
    if (!index) {
        index = buildIndex(resources);
        indexes.set(resources, index);
    }
    return index;
}
function buildIndex(resources) {
    // Autoscalers by "<kind>/<name>" of their target.
    const scalers = new Map();
    const limitRanges = [];
    const workloadResources = [];
    for (const resource of resources) {
        const target = scaleTarget(resource);
        if (target) {
            const key = `${target.kind}/${target.name}`;
            const list = scalers.get(key) ?? [];
            list.push({ resource, minReplicas: target.minReplicas });
            scalers.set(key, list);
        }
        else if (isKind(resource, 'LimitRange', [''])) {
            limitRanges.push({ namespace: resource.ref.namespace, defaults: limitRangeDefaults(resource) });
        }
        else if (isScalableWorkload(resource)) {
            workloadResources.push(resource);
        }
    }
    const scalerFor = (workload) => scalers
        .get(`${workload.ref.kind}/${workload.ref.name}`)
        ?.find((scaler) => sameNamespace(scaler.resource.ref.namespace, workload.ref.namespace));
    const workloads = [];
    for (const resource of workloadResources) {
        const spec = resource.object.spec;
        const template = isRecord(spec) ? spec.template : undefined;
        const metadata = isRecord(template) ? template.metadata : undefined;
        const labels = isRecord(metadata) && isRecord(metadata.labels) ? metadata.labels : {};
        const scaler = scalerFor(resource);
        const replicas = scaler ? scaler.minReplicas : replicasOf(resource);
        if (replicas === undefined)
            continue;
        workloads.push({ resource, labels, replicas, ...(scaler ? { scaler } : {}) });
    }
    const byNamespace = new Map();
    for (const workload of workloads) {
        const list = byNamespace.get(workload.resource.ref.namespace) ?? [];
        list.push(workload);
        byNamespace.set(workload.resource.ref.namespace, list);
    }
    return {
        scalerFor,
        workloadsIn(namespace) {
            if (namespace === undefined)
                return workloads;
            return [...(byNamespace.get(namespace) ?? []), ...(byNamespace.get(undefined) ?? [])];
        },
        defaultsIn(namespace) {
            const merged = { cpuRequest: false, memoryRequest: false, memoryLimit: false };
            for (const range of limitRanges) {
                if (!sameNamespace(range.namespace, namespace))
                    continue;
                merged.cpuRequest ||= range.defaults.cpuRequest;
                merged.memoryRequest ||= range.defaults.memoryRequest;
                merged.memoryLimit ||= range.defaults.memoryLimit;
            }
            return merged;
        },
    };
}
/** The workload an HPA or a KEDA ScaledObject scales, with its minimum replicas. */
function scaleTarget(resource) {
    const isHpa = isKind(resource, 'HorizontalPodAutoscaler', ['autoscaling']);
    const isKeda = isKind(resource, 'ScaledObject', ['keda.sh']);
    if (!isHpa && !isKeda)
        return undefined;
    const spec = resource.object.spec;
    if (!isRecord(spec) || !isRecord(spec.scaleTargetRef))
        return undefined;
    const ref = spec.scaleTargetRef;
    if (typeof ref.name !== 'string')
        return undefined;
    // KEDA's kind defaults to Deployment; an HPA must name it.
    const kind = typeof ref.kind === 'string' ? ref.kind : isKeda ? 'Deployment' : undefined;
    if (!kind)
        return undefined;
    // HPA minReplicas defaults to 1. KEDA may scale to zero, but runs at least one pod whenever it is active.
    const min = isHpa ? spec.minReplicas : spec.minReplicaCount;
    const minReplicas = Math.max(typeof min === 'number' ? min : 1, 1);
    return { kind, name: ref.name, minReplicas };
}
function limitRangeDefaults(resource) {
    const defaults = { cpuRequest: false, memoryRequest: false, memoryLimit: false };
    const spec = resource.object.spec;
    for (const limit of asList(isRecord(spec) ? spec.limits : undefined)) {
        if (!isRecord(limit) || limit.type !== 'Container')
            continue;
        const limits = isRecord(limit.default) ? limit.default : {};
        const requests = isRecord(limit.defaultRequest) ? limit.defaultRequest : {};
        // A default limit is also the default request when no defaultRequest is given.
        defaults.cpuRequest ||= requests.cpu !== undefined || limits.cpu !== undefined;
        defaults.memoryRequest ||= requests.memory !== undefined || limits.memory !== undefined;
        defaults.memoryLimit ||= limits.memory !== undefined;
    }
    return defaults;
}
/** A top-level key of a single-document YAML mapping, with its line; undefined when absent or unreadable. */
function topLevelValue(text, key) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false });
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents))
        return undefined;
    for (const pair of doc.contents.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key) || pair.key.value !== key)
            continue;
        // A number keeps its written form: `1.30` is the number 1.3, but the text says 1.30.
        const scalar = (0,dist/* isScalar */.jn)(pair.value) ? pair.value : undefined;
        const value = typeof scalar?.value === 'number' && scalar.source ? scalar.source : scalar?.value;
        return { value, line: lineCounter.linePos(pair.key.range?.[0] ?? 0).line };
    }
    return undefined;
}
const workload_IGNORE_COMMENT = /#\s*kube-pr-review:\s*ignore\b([^\n]*)/g;
/** True when a `# kube-pr-review: ignore [ids]` comment in the text switches `ruleId` off (no ids: all rules). */
function ignoredInText(text, ruleId) {
    for (const match of text.matchAll(workload_IGNORE_COMMENT)) {
        const ids = (match[1] ?? '').split(/[\s,]+/).filter((id) => /^[a-z0-9-]+$/.test(id));
        if (ids.length === 0 || ids.includes(ruleId))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./lib/rules/chart-kube-version.js


const chartKubeVersionMeta = {
    id: 'chart-kube-version',
    description: "A Helm chart's kubeVersion constraint excludes the target Kubernetes version.",
    category: 'upgradability',
    defaultSeverity: 'error',
};
const CHART_FILE = /(^|\/)Chart\.yaml$/;
const CONFIG_FILE = /(^|\/)\.kube-pr-review\.ya?ml$/;
/**
 * Chart.yaml holds no Kubernetes object, so this is a whole-change check: the changed and added
 * Chart.yaml files in a review; every Chart.yaml in an audit, for scope `all`, and when the change moves
 * the target version in the config file (when the run gives `headFiles`).
 */
const chartKubeVersionAnalyzer = {
    metas: [chartKubeVersionMeta],
    async analyze(input, report) {
        const paths = new Set();
        for (const file of input.changedFiles) {
            if (file.status !== 'deleted' && CHART_FILE.test(file.path))
                paths.add(file.path);
        }
        const everyChart = input.mode === 'audit' ||
            input.options.scope === 'all' ||
            input.changedFiles.some((file) => CONFIG_FILE.test(file.path));
        if (everyChart && input.headFiles) {
            for (const path of await input.headFiles())
                if (CHART_FILE.test(path))
                    paths.add(path);
        }
        const { kubernetesVersion, upgradeVersion } = input.options;
        for (const path of [...paths].sort()) {
            const text = await input.readFile('head', path);
            if (text === undefined || ignoredInText(text, chartKubeVersionMeta.id))
                continue;
            const kubeVersion = topLevelValue(text, 'kubeVersion');
            if (!kubeVersion || kubeVersion.value === null || kubeVersion.value === '')
                continue;
            const constraintText = String(kubeVersion.value);
            const name = topLevelValue(text, 'name')?.value;
            const chart = typeof name === 'string' ? `Chart '${name}'` : 'The chart';
            const at = { ruleId: chartKubeVersionMeta.id, file: path, line: kubeVersion.line, key: 'kubeVersion' };
            const constraint = parseConstraint(constraintText);
            if (!constraint) {
                report({
                    ...at,
                    message: `${chart} has kubeVersion '${constraintText}', which is not a semver constraint Helm can read: ` +
                        'helm install and upgrade refuse the chart. Write it like `>= 1.25.0-0 < 1.34.0-0`.',
                });
                continue;
            }
            const target = formatVersion(kubernetesVersion);
            if (!allowsMinor(constraint, kubernetesVersion)) {
                report({
                    ...at,
                    message: `${chart} requires kubeVersion '${constraintText}', which excludes Kubernetes ${target} (the target): ` +
                        `helm install and upgrade fail with "incompatible with Kubernetes". Use a chart version that ` +
                        `supports ${target}, or widen kubeVersion if you maintain the chart.`,
                });
            }
            else if (!allowsMinor(constraint, upgradeVersion)) {
                const upgrade = formatVersion(upgradeVersion);
                report({
                    ...at,
                    severity: 'warning',
                    message: `${chart} requires kubeVersion '${constraintText}', which accepts ${target} but excludes ` +
                        `${upgrade} (the upgrade target): after the upgrade, helm upgrade fails with "incompatible with ` +
                        `Kubernetes". Move to a chart version that supports ${upgrade} before upgrading the cluster.`,
                });
            }
        }
    },
};
const VERSION = 'v?([0-9xX*]+)(\\.[0-9xX*]+)?(\\.[0-9xX*]+)?(-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?';
const OPERATOR = '(!=|>=|=>|<=|=<|~>|>|<|=|~|\\^)?';
const RANGE = new RegExp(`\\s*(${VERSION.replace(/\((?!\?)/g, '(?:')})\\s+-\\s+(${VERSION.replace(/\((?!\?)/g, '(?:')})\\s*`, 'g');
const VALID_GROUP = new RegExp(`^\\s*${OPERATOR}\\s*${VERSION}\\s*((\\s+|,\\s*)${OPERATOR}\\s*${VERSION}\\s*)*$`);
const COMPARATOR = new RegExp(`${OPERATOR}\\s*${VERSION}`, 'g');
const isWildcard = (part) => part === 'x' || part === 'X' || part === '*';
/** Parses a constraint as Helm does; undefined when Helm would reject it. */
function parseConstraint(text) {
    // `1.20 - 1.28` is `>= 1.20, <= 1.28`.
    const rewritten = text.replace(RANGE, (_match, low, high) => ` >= ${low}, <= ${high} `);
    const groups = [];
    for (const group of rewritten.split('||')) {
        if (!VALID_GROUP.test(group))
            return undefined;
        const comparators = [];
        for (const match of group.matchAll(COMPARATOR)) {
            const comparator = toComparator(match);
            if (!comparator)
                return undefined;
            comparators.push(comparator);
        }
        groups.push(comparators);
    }
    return groups;
}
function toComparator(match) {
    const operator = (match[1] ?? '');
    const [majorText, minorPart, patchPart, prerelease] = [match[2], match[3], match[4], match[5]];
    const minorText = minorPart?.slice(1);
    const patchText = patchPart?.slice(1);
    const comparator = {
        operator,
        major: 0,
        minor: 0,
        patch: 0,
        prerelease: prerelease !== undefined,
        minorDirty: false,
        patchDirty: false,
        dirty: false,
    };
    if (majorText === undefined || isWildcard(majorText)) {
        comparator.dirty = true;
        return comparator;
    }
    comparator.major = Number(majorText);
    if (minorText === undefined || isWildcard(minorText)) {
        comparator.dirty = comparator.minorDirty = true;
    }
    else {
        comparator.minor = Number(minorText);
        if (patchText === undefined || isWildcard(patchText))
            comparator.dirty = comparator.patchDirty = true;
        else
            comparator.patch = Number(patchText);
    }
    const numbers = [comparator.major, comparator.minor, comparator.patch];
    return numbers.every(Number.isSafeInteger) ? comparator : undefined;
}
/** Release `v` against the comparator's version; a pre-release sorts just below its release. */
function chart_kube_version_compare(v, c) {
    return v.major - c.major || v.minor - c.minor || v.patch - c.patch || (c.prerelease ? 1 : 0);
}
/** One comparator, as Masterminds semver v3 checks a release version (no pre-release of its own). */
function satisfies(v, c) {
    switch (c.operator) {
        case '':
        case '=':
            return c.dirty ? tilde(v, c) : chart_kube_version_compare(v, c) === 0;
        case '!=':
            if (!c.dirty)
                return chart_kube_version_compare(v, c) !== 0;
            if (c.major !== v.major)
                return true;
            if (c.minorDirty)
                return false;
            if (c.minor !== v.minor)
                return true;
            return c.prerelease;
        case '>':
            if (!c.dirty)
                return chart_kube_version_compare(v, c) > 0;
            if (v.major !== c.major)
                return v.major > c.major;
            if (c.minorDirty)
                return false;
            if (c.patchDirty)
                return v.minor > c.minor;
            return chart_kube_version_compare(v, c) > 0;
        case '<':
            return chart_kube_version_compare(v, c) < 0;
        case '>=':
        case '=>':
            return chart_kube_version_compare(v, c) >= 0;
        case '<=':
        case '=<':
            if (!c.dirty)
                return chart_kube_version_compare(v, c) <= 0;
            if (v.major > c.major)
                return false;
            return !(v.major === c.major && v.minor > c.minor && !c.minorDirty);
        case '~':
        case '~>':
            return tilde(v, c);
        case '^':
            if (chart_kube_version_compare(v, c) < 0)
                return false;
            if (c.major > 0 || c.minorDirty)
                return v.major === c.major;
            // ^0.y.z only accepts 0.y.*; a Kubernetes version always has major 1.
            return v.major === 0 && v.minor === c.minor;
    }
}
function tilde(v, c) {
    if (chart_kube_version_compare(v, c) < 0)
        return false;
    if (c.major === 0 && c.minor === 0 && c.patch === 0 && !c.minorDirty && !c.patchDirty)
        return true;
    if (v.major !== c.major)
        return false;
    return c.minorDirty || v.minor === c.minor;
}
/**
 * True when some release of the minor version (1.29.0, 1.29.1, ...) satisfies the constraint. A
 * comparator changes its answer only around the patch it names, so a few patches decide it exactly.
 */
function allowsMinor(constraint, version) {
    const patches = new Set([0, Number.MAX_SAFE_INTEGER]);
    for (const group of constraint) {
        for (const c of group) {
            if (c.major !== version.major || c.minor !== version.minor)
                continue;
            for (const patch of [c.patch - 1, c.patch, c.patch + 1])
                if (patch >= 0)
                    patches.add(patch);
        }
    }
    return [...patches].some((patch) => constraint.some((group) => group.every((c) => satisfies({ ...version, patch }, c))));
}

;// CONCATENATED MODULE: ./lib/rules/cluster-admin-binding.js


const RBAC = ['rbac.authorization.k8s.io'];
const clusterAdminBindingRule = {
    meta: {
        id: 'cluster-admin-binding',
        description: 'A ClusterRoleBinding or RoleBinding gives the cluster-admin ClusterRole to a ServiceAccount.',
        category: 'security',
        defaultSeverity: 'warning',
    },
    check(resource, _context, report) {
        const clusterWide = isKind(resource, 'ClusterRoleBinding', RBAC);
        if (!clusterWide && !isKind(resource, 'RoleBinding', RBAC))
            return;
        const roleRef = resource.object.roleRef;
        if (!isRecord(roleRef) || roleRef.kind !== 'ClusterRole' || roleRef.name !== 'cluster-admin')
            return;
        const accounts = [];
        for (const subject of asList(resource.object.subjects)) {
            if (!isRecord(subject) || typeof subject.name !== 'string')
                continue;
            if (subject.kind === 'ServiceAccount') {
                // A subject's namespace defaults to the binding's for a RoleBinding.
                const namespace = typeof subject.namespace === 'string' ? subject.namespace : resource.ref.namespace;
                accounts.push(`ServiceAccount ${namespace ? `${namespace}/` : ''}${subject.name}`);
            }
            else if (subject.kind === 'Group' &&
                (subject.name === 'system:serviceaccounts' || subject.name.startsWith('system:serviceaccounts:'))) {
                accounts.push(`every ServiceAccount of group ${subject.name}`);
            }
        }
        if (accounts.length === 0)
            return;
        const scope = clusterWide
            ? 'full control of the whole cluster'
            : `full control of namespace '${resource.ref.namespace ?? '(its namespace)'}', its Roles and Secrets included`;
        report({
            message: `${resource.ref.kind} '${resource.ref.name}' gives cluster-admin (${scope}) to ${joinPhrases(accounts)}: ` +
                'any pod that runs as it, or anyone who gets its token, has that control too. Bind a Role or ' +
                'ClusterRole that grants only the verbs and resources the workload needs.',
            path: ['roleRef', 'name'],
            key: 'cluster-admin',
        });
    },
};

;// CONCATENATED MODULE: ./lib/rules/container-security-context.js


/** Capabilities that make a container as good as privileged when added. */
const DANGEROUS_CAPABILITIES = new Set(['ALL', 'SYS_ADMIN', 'CAP_SYS_ADMIN']);
const containerSecurityContextRule = {
    meta: {
        id: 'container-security-context',
        description: 'A container may run as root, allows privilege escalation, is privileged or keeps all Linux capabilities.',
        category: 'security',
        defaultSeverity: 'warning',
    },
    check(resource, _context, report) {
        const pod = podSpecOf(resource);
        if (!pod)
            return;
        // Windows pods have none of the Linux fields (the API rejects them there).
        if (isRecord(pod.spec.os) && pod.spec.os.name === 'windows')
            return;
        const podContext = isRecord(pod.spec.securityContext) ? pod.spec.securityContext : {};
        for (const ref of containersOf(pod)) {
            const problems = containerProblems(ref, podContext);
            if (problems.length === 0)
                continue;
            const settings = problems.map((p) => p.setting);
            report({
                message: `${capitalize(describeContainer(ref))} ${joinPhrases(problems.map((p) => p.problem))}. ` +
                    `Set in its securityContext: ${settings.join(', ')}.`,
                path: ref.path,
                key: `${ref.kind}:${ref.name}`,
            });
        }
    },
};
function containerProblems(ref, podContext) {
    const context = isRecord(ref.container.securityContext) ? ref.container.securityContext : {};
    const problems = [];
    // runAsNonRoot and runAsUser may be set for the whole pod; the container's own setting wins.
    const runAsUser = context.runAsUser ?? podContext.runAsUser;
    const runAsNonRoot = context.runAsNonRoot ?? podContext.runAsNonRoot;
    if (runAsUser === 0) {
        problems.push({ problem: 'runs as root (runAsUser: 0)', setting: 'runAsUser: <a non-zero UID>' });
    }
    else if (runAsNonRoot !== true && runAsUser === undefined) {
        problems.push({
            problem: 'may run as root (neither runAsNonRoot nor runAsUser is set, here or for the pod)',
            setting: 'runAsNonRoot: true',
        });
    }
    if (context.privileged === true) {
        problems.push({ problem: 'is privileged', setting: 'privileged: false' });
    }
    if (context.allowPrivilegeEscalation !== false) {
        problems.push({
            problem: 'allows privilege escalation',
            setting: 'allowPrivilegeEscalation: false',
        });
    }
    const capabilities = isRecord(context.capabilities) ? context.capabilities : {};
    const dropped = asList(capabilities.drop);
    if (!dropped.includes('ALL')) {
        problems.push({
            problem: 'keeps the default Linux capabilities',
            setting: 'capabilities: {drop: [ALL]}',
        });
    }
    const added = asList(capabilities.add).filter((cap) => typeof cap === 'string' && DANGEROUS_CAPABILITIES.has(cap.toUpperCase()));
    if (added.length > 0) {
        problems.push({
            problem: `adds ${added.join(' and ')} to its capabilities`,
            setting: `no ${added.join(' or ')} in capabilities.add`,
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./lib/crd/crd-index.js
// The CRDs among a set of resources (the repo at head, later rendered charts too), indexed once per array.



/** What CRD lookups ask the repo for (rules that use them declare it as their `lookupKinds`). */
const CRD_KINDS = ['CustomResourceDefinition'];
const EMPTY_INDEX = { byGroupKind: new Map(), byName: new Map() };
const crd_index_indexes = new WeakMap();
/** The CRDs of `resources`, built on first use and kept for the life of the array. */
function crdIndexOf(resources) {
    let index = crd_index_indexes.get(resources);
    if (!index) {
        const byGroupKind = new Map();
        const byName = new Map();
        for (const resource of resources) {
            if (!isCrdObject(resource.object))
                continue;
            const crd = toCrd(resource.object);
            if (!crd)
                continue;
            const entry = { crd, resource };
            if (!byName.has(crd.name))
                byName.set(crd.name, entry);
            const key = groupKind(crd.group, crd.kind);
            if (!byGroupKind.has(key))
                byGroupKind.set(key, entry);
        }
        index = byName.size === 0 ? EMPTY_INDEX : { byGroupKind, byName };
        crd_index_indexes.set(resources, index);
    }
    return index;
}
function groupKind(group, kind) {
    return `${group}/${kind}`;
}
/** API groups served by Kubernetes itself: their objects are never custom resources. */
const BUILT_IN_GROUPS = new Set([
    '',
    'apps',
    'batch',
    'autoscaling',
    'policy',
    'extensions',
    'admissionregistration.k8s.io',
    'apiextensions.k8s.io',
    'apiregistration.k8s.io',
    'authentication.k8s.io',
    'authorization.k8s.io',
    'certificates.k8s.io',
    'coordination.k8s.io',
    'discovery.k8s.io',
    'events.k8s.io',
    'flowcontrol.apiserver.k8s.io',
    'imagepolicy.k8s.io',
    'internal.apiserver.k8s.io',
    'metrics.k8s.io',
    'networking.k8s.io',
    'node.k8s.io',
    'rbac.authorization.k8s.io',
    'resource.k8s.io',
    'scheduling.k8s.io',
    'settings.k8s.io',
    'storage.k8s.io',
    'storagemigration.k8s.io',
    ...API_LIFECYCLE.map((entry) => entry.group),
]);
/** False for built-in APIs: rules skip the repo lookup (a read of the whole tree) for them. */
function mayBeCustomResource(apiVersion) {
    return !BUILT_IN_GROUPS.has(apiGroup(apiVersion));
}
/** The CRD at head that defines this resource's group and kind, if the repo holds it. */
async function findCrdFor(resource, repo) {
    const { apiVersion, kind } = resource.ref;
    if (!mayBeCustomResource(apiVersion) || isCrdObject(resource.object))
        return undefined;
    const index = crdIndexOf(await repo.resourcesOfKind(CRD_KINDS));
    return index.byGroupKind.get(groupKind(apiGroup(apiVersion), kind));
}

;// CONCATENATED MODULE: ./lib/crd/check-resource.js




/** At most this many schema errors become findings per resource; the rest are counted in one more. */
const MAX_SCHEMA_FINDINGS = 10;
const ERROR_LIMIT = 50;
function describeCrdVersion(crd, version) {
    return `${crd.name} ${version}`;
}
function where(found) {
    return `${found.resource.file}:${found.resource.line}`;
}
/** The schema errors of a resource against the version it names, or the version problem. */
function customResourceProblems(resource, found) {
    const { crd } = found;
    const versionName = apiVersionOnly(resource.ref.apiVersion);
    const version = findVersion(crd, versionName);
    if (!version || !version.served) {
        const served = servedVersionNames(crd);
        const reason = version ? 'is not served by' : 'is not a version of';
        const fix = versionFix(resource, crd);
        return [
            {
                message: `${resource.ref.apiVersion} ${reason} CRD ${crd.name} (${where(found)}): the API server answers ` +
                    `"no matches for kind ${resource.ref.kind}". Served: ${served.length > 0 ? served.map((name) => `${crd.group}/${name}`).join(', ') : 'none'}.`,
                path: ['apiVersion'],
                key: 'version',
                ...(fix ? { fix } : {}),
            },
        ];
    }
    const errors = validateCustomResource(resource.object, version, { maxErrors: ERROR_LIMIT });
    const problems = errors.slice(0, MAX_SCHEMA_FINDINGS).map((error) => schemaProblem(error, crd, version));
    if (errors.length > MAX_SCHEMA_FINDINGS) {
        const more = errors.length - MAX_SCHEMA_FINDINGS;
        problems.push({
            message: `${more}${errors.length >= ERROR_LIMIT ? ' or more' : ''} more schema error${more === 1 ? '' : 's'} against ${describeCrdVersion(crd, version.name)}`,
            path: [],
            key: 'more-errors',
        });
    }
    return problems;
}
function schemaProblem(error, crd, version) {
    return {
        message: `${error.field}: ${error.message} [${error.constraint}; CRD ${describeCrdVersion(crd, version.name)}]`,
        path: error.path,
        key: `${error.field}|${error.constraint}`,
    };
}
/** A one-line apiVersion fix, when the preferred version exists and the object validates against it as is. */
function versionFix(resource, crd) {
    const target = preferredVersion(crd);
    if (!target || target.name === apiVersionOnly(resource.ref.apiVersion))
        return undefined;
    if (resource.listItem === true || resource.file.toLowerCase().endsWith('.json'))
        return undefined;
    if (validateCustomResource(resource.object, target, { maxErrors: 1 }).length > 0)
        return undefined;
    const apiVersion = `${apiGroup(resource.ref.apiVersion)}/${target.name}`;
    return {
        line: resource.lineOf(['apiVersion']),
        replacement: `apiVersion: ${apiVersion}`,
        description: `Change apiVersion to ${apiVersion}`,
    };
}
/** The deprecated-api finding for a custom resource whose version its CRD marks deprecated. */
function crdDeprecation(resource, found) {
    const { crd } = found;
    const version = findVersion(crd, apiVersionOnly(resource.ref.apiVersion));
    if (!version?.deprecated || !version.served)
        return undefined;
    const target = preferredVersion(crd);
    const warning = version.deprecationWarning
        ? `"${version.deprecationWarning}"`
        : `${resource.ref.apiVersion} ${resource.ref.kind} is deprecated`;
    const replacement = target && target.name !== version.name
        ? ` Use ${crd.group}/${target.name}${target.storage ? ' (the storage version)' : ''}.`
        : '';
    const fix = versionFix(resource, crd);
    return {
        message: `${warning} (CRD ${crd.name}, ${where(found)}): every request at this version returns a warning, and a later release may remove it.${replacement}`,
        path: ['apiVersion'],
        key: 'crd-deprecated',
        ...(fix ? { fix } : {}),
    };
}
/** deprecated-api for custom resources: the CRD at head marks the resource's version deprecated. */
async function checkCrdDeprecation(resource, repo, report) {
    const found = await findCrdFor(resource, repo);
    const problem = found ? crdDeprecation(resource, found) : undefined;
    if (problem)
        report({ ...problem, severity: 'notice' });
}

;// CONCATENATED MODULE: ./lib/rules/crd-invalid-resource.js






const crdInvalidResourceRule = {
    meta: {
        id: 'crd-invalid-resource',
        description: 'A custom resource does not match the CRD in the repo: its apiVersion is not served, or a field breaks the schema.',
        category: 'crd',
        defaultSeverity: 'error',
        lookupKinds: CRD_KINDS,
    },
    async check(resource, context, report) {
        const found = await findCrdFor(resource, context.repo);
        if (!found)
            return;
        const problems = customResourceProblems(resource, found);
        for (const problem of problems)
            report(problem);
        const reported = new Set(problems.map((problem) => sameError(problem.path, problem.key.split('|').pop() ?? '')));
        await checkApplicationTemplate(resource, context.repo, (finding) => {
            if (!reported.has(sameError(finding.path ?? [], finding.key?.split('|').pop() ?? '')))
                report(finding);
        });
    },
};
/**
 * An Argo CD ApplicationSet stamps out Applications from `spec.template`: the template is checked as the
 * Application it becomes, against the Application CRD (values with `{{ }}` placeholders are not judged). A
 * `templatePatch` can add any field, so a patched template is left alone.
 */
async function checkApplicationTemplate(resource, repo, report) {
    const { apiVersion, kind } = resource.ref;
    if (kind !== 'ApplicationSet' || apiGroup(apiVersion) !== 'argoproj.io')
        return;
    const spec = resource.object.spec;
    if (!isRecord(spec) || !isRecord(spec.template) || spec.templatePatch !== undefined)
        return;
    const application = crdIndexOf(await repo.resourcesOfKind(CRD_KINDS)).byGroupKind.get(groupKind('argoproj.io', 'Application'));
    const version = application && findVersion(application.crd, apiVersionOnly(apiVersion));
    if (!application || !version?.served)
        return;
    const template = spec.template;
    const generated = {
        apiVersion,
        kind: 'Application',
        metadata: isRecord(template.metadata) ? template.metadata : {},
        ...(template.spec !== undefined ? { spec: template.spec } : {}),
    };
    for (const error of validateCustomResource(generated, version, { maxErrors: MAX_SCHEMA_FINDINGS })) {
        const problem = schemaProblem(error, application.crd, version);
        report({
            ...problem,
            message: `spec.template (the Application it generates): ${problem.message}`,
            path: ['spec', 'template', ...error.path],
            key: `template|${problem.key}`,
        });
    }
}
/** The ApplicationSet's own schema often repeats the Application's: one finding per field and constraint. */
function sameError(path, constraint) {
    return `${JSON.stringify(path)}|${constraint}`;
}

;// CONCATENATED MODULE: ./lib/rules/crd-upgrade.js
// The CRD upgrade analysis over a whole change: each CRD the change edits is compared between base and head,
// with one verdict per CRD, findings on the custom resources it breaks, and the controller/CRD skew check.







const crdBreakingChangeMeta = {
    id: 'crd-breaking-change',
    description: 'A CRD change breaks stored data, clients or custom resources: a CRD, version or field removed, a type changed, a field newly required, an enum narrowed.',
    category: 'crd',
    defaultSeverity: 'error',
};
const crdRiskyChangeMeta = {
    id: 'crd-risky-change',
    description: 'A CRD change may fail some custom resources (tightened validation, CEL rules, defaults, storage version), or a controller is upgraded without its CRDs.',
    category: 'crd',
    defaultSeverity: 'warning',
};
const crdChangeMeta = {
    id: 'crd-change',
    description: 'A CRD changes only in safe ways (fields, versions or CRDs added, validation relaxed, descriptions), or does not differ at all.',
    category: 'crd',
    defaultSeverity: 'notice',
};
const RULE_OF_CLASS = {
    breaking: crdBreakingChangeMeta.id,
    risky: crdRiskyChangeMeta.id,
    safe: crdChangeMeta.id,
};
const crdUpgradeAnalyzer = {
    metas: [crdBreakingChangeMeta, crdRiskyChangeMeta, crdChangeMeta],
    async analyze(input, report) {
        if (input.mode !== 'review')
            return;
        const changedTools = new Set();
        const bumps = imageBumps(input.changes);
        const base = crdsByName(input.baseResources);
        const head = crdsByName(input.headResources);
        const names = [...new Set([...base.keys(), ...head.keys()])].sort();
        for (const name of names) {
            const oldResource = base.get(name);
            let newResource = head.get(name);
            // removed from the changed files but still defined elsewhere in the repo
            if (!newResource)
                newResource = crdIndexOf(await input.repo.resourcesOfKind(CRD_KINDS)).byName.get(name)?.resource;
            if (oldResource && newResource && deepEqual(oldResource.object, newResource.object))
                continue;
            const comparison = compareCrds(oldResource ? toCrd(oldResource.object) : undefined, newResource ? toCrd(newResource.object) : undefined);
            const crd = comparison.new ?? comparison.old;
            if (!crd)
                continue;
            const tool = knownToolForGroup(crd.group);
            if (tool)
                changedTools.add(tool.id);
            const bump = tool ? bumps.find((candidate) => candidate.tool === tool) : undefined;
            const sides = remoteRefs(oldResource, newResource) ??
                (bump
                    ? `${tool.name} ${bump.from} and ${bump.to} (image tags)`
                    : ((await chartVersions(input, (newResource ?? oldResource).file)) ??
                        between(oldResource, newResource)));
            await reportCrdChange(input, comparison, oldResource, newResource, tool, sides, report);
        }
        await reportControllerSkew(input, bumps, changedTools, report);
        reportUnchangedCrds(input, report);
    },
};
/**
 * A chart bump whose CRDs render the same at both versions: the safe case the upgrade advice depends on, so it
 * is said plainly, on the version line.
 */
function reportUnchangedCrds(input, report) {
    for (const bump of input.chartBumps ?? []) {
        if (bump.changedCrds > 0 || bump.unchangedCrds.length === 0)
            continue;
        const count = bump.unchangedCrds.length;
        report({
            ruleId: crdChangeMeta.id,
            message: `No CRD difference between ${bump.chart} ${bump.from} and ${bump.to} (${bump.target}): its ` +
                `${count} CRD${count === 1 ? '' : 's'} (${bump.unchangedCrds.join(', ')}) render the same at both versions. ` +
                'Upgrading in place leaves every custom resource of every instance in the cluster as it is.',
            file: bump.file,
            line: bump.line,
            key: `no-crd-difference/${bump.target}/${bump.from}/${bump.to}`,
        });
    }
}
function crdsByName(resources) {
    const byName = new Map();
    for (const resource of resources) {
        if (!isCrdObject(resource.object))
            continue;
        const name = resource.object.metadata?.name;
        if (typeof name === 'string' && !byName.has(name))
            byName.set(name, resource);
    }
    return byName;
}
async function reportCrdChange(input, comparison, oldResource, newResource, tool, sides, report) {
    const crd = comparison.new ?? comparison.old;
    const repoResources = crd ? await input.repo.resourcesOfKind([crd.kind]) : [];
    const assessment = assessCrdChange(comparison, repoResources);
    const at = newResource ?? oldResource;
    const note = tool?.id === 'aws-load-balancer-controller' ? undefined : await helmCrdsNote(input, at.file);
    if (note && comparison.changes.length > 0)
        assessment.advice.push(note);
    const worst = assessment.worst ?? 'safe';
    const message = upgradeMessage(comparison, assessment, sides);
    const first = comparison.changes.find((change) => change.newPath);
    const line = newResource
        ? first?.newPath
            ? newResource.lineOf(first.newPath)
            : newResource.line
        : oldResource.line;
    report({
        ruleId: RULE_OF_CLASS[worst],
        message,
        file: at.file,
        line,
        resource: at.ref,
        key: `crd/${comparison.crd}`,
    });
    // Custom resources the crd-invalid-resource rule does not look at in this review (files the change does not touch).
    const checked = checkedByRules(input);
    const where = `${at.file}:${at.line}`;
    for (const hit of assessment.affected) {
        const ruleId = RULE_OF_CLASS[hit.class];
        if (!hit.ownFinding || checked(hit.resource))
            continue;
        report({
            ruleId,
            message: affectedMessage(hit, comparison.crd, where),
            file: hit.resource.file,
            line: hit.resource.lineOf(hit.path),
            resource: hit.resource.ref,
            subject: hit.resource,
            key: `affected/${comparison.crd}/${hit.resource.key}`,
        });
    }
}
/** The resources that the resource rules (crd-invalid-resource) check in this review, by scope. */
function checkedByRules(input) {
    const scope = input.options.scope;
    if (scope === 'all')
        return () => true;
    if (scope === 'files') {
        const files = new Set(input.headResources);
        return (resource) => files.has(resource);
    }
    const changed = new Set(input.changes
        .filter((change) => change.type === 'added' || change.type === 'modified')
        .map((change) => change.head)
        .filter((resource) => resource !== undefined));
    return (resource) => changed.has(resource);
}
const VERSION_LABELS = ['app.kubernetes.io/version', 'helm.sh/chart'];
/**
 * "v3.1.16 and v3.2.12 (kustomize remote resource github.com/argoproj/argo-cd/manifests/crds)": the CRD was
 * rendered from a kustomize remote resource whose `?ref=` (or raw URL ref) the change moves.
 */
function remoteRefs(oldResource, newResource) {
    const before = remoteOf(oldResource);
    const after = remoteOf(newResource);
    if (!before || !after || before.ref === after.ref)
        return undefined;
    const ref = (value) => value ?? 'the default branch';
    const where = before.location === after.location
        ? `kustomize remote resource ${after.location}`
        : `kustomize remote resources ${before.location} and ${after.location}`;
    return `${ref(before.ref)} and ${ref(after.ref)} (${where})`;
}
/** Rendered resources from a kustomize remote resource say where it was (see RenderedResource). */
function remoteOf(resource) {
    return resource?.remote;
}
/** "argo-cd-7.8.0 and argo-cd-7.8.1" from labels, else the files, else "base and head". */
function between(oldResource, newResource) {
    if (oldResource && newResource) {
        for (const label of VERSION_LABELS) {
            const before = oldResource.object.metadata?.labels?.[label];
            const after = newResource.object.metadata?.labels?.[label];
            if (typeof before === 'string' && typeof after === 'string' && before !== after)
                return `${before} and ${after}`;
        }
        if (oldResource.file !== newResource.file)
            return `${oldResource.file} (base) and ${newResource.file} (head)`;
    }
    return 'base and head';
}
/** The chart a CRD file belongs to (`<chart>/crds/…` or `<chart>/templates/…`), and its version at each side. */
async function chartVersions(input, file) {
    const match = /^(.*\/)?(?:crds|templates)\//.exec(file);
    if (!match)
        return undefined;
    const chartFile = `${match[1] ?? ''}Chart.yaml`;
    const read = async (side) => {
        const text = await input.readFile(side, chartFile);
        return text === undefined ? undefined : parseChart(chartFile, text);
    };
    const [before, after] = await Promise.all([read('base'), read('head')]);
    if (!before || !after || before.version === '' || before.version === after.version)
        return undefined;
    const app = (chart) => (chart.appVersion ? ` (app ${chart.appVersion})` : '');
    return `chart ${after.name} ${before.version}${app(before)} and ${after.version}${app(after)}`;
}
/** A CRD file in a chart's crds/ directory: Helm installs it once and never upgrades it. */
async function helmCrdsNote(input, file) {
    const match = /^(.*\/)?crds\//.exec(file);
    if (!match)
        return undefined;
    const chartDir = match[1] ?? '';
    if ((await input.readFile('head', `${chartDir}Chart.yaml`)) === undefined)
        return undefined;
    return `${file} is in the crds/ directory of the Helm chart ${chartDir || '.'}: helm install creates these CRDs but helm upgrade never changes them (apply them yourself); Argo CD applies them on sync, Flux only with upgrade.crds: CreateReplace.`;
}
/** The images of a workload's containers, by container, with the path of each `image:` field. */
function containerImages(resource) {
    const images = new Map();
    const pod = podSpecOf(resource);
    if (!pod)
        return images;
    for (const ref of containersOf(pod, ['initContainer', 'container'])) {
        const image = ref.container.image;
        if (typeof image === 'string')
            images.set(`${ref.kind}/${ref.name}`, { image, path: [...ref.path, 'image'] });
    }
    return images;
}
function imageBumps(changes) {
    const bumps = [];
    for (const change of changes) {
        if (change.type !== 'modified' || !change.base || !change.head)
            continue;
        const before = containerImages(change.base);
        if (before.size === 0)
            continue;
        for (const [name, after] of containerImages(change.head)) {
            const old = before.get(name);
            if (!old || old.image === after.image)
                continue;
            const oldImage = parseImage(old.image);
            const newImage = parseImage(after.image);
            const tool = knownToolForImage(newImage.repository);
            if (!tool || !knownToolForImage(oldImage.repository) || !oldImage.tag || !newImage.tag)
                continue;
            if (oldImage.tag === newImage.tag)
                continue;
            bumps.push({
                tool,
                resource: change.head,
                path: after.path,
                repository: newImage.repository,
                from: oldImage.tag,
                to: newImage.tag,
            });
        }
    }
    return bumps;
}
async function reportControllerSkew(input, bumps, changedTools, report) {
    const byTool = new Map();
    for (const bump of bumps) {
        if (changedTools.has(bump.tool.id))
            continue;
        const list = byTool.get(bump.tool.id) ?? [];
        list.push(bump);
        byTool.set(bump.tool.id, list);
    }
    for (const list of byTool.values()) {
        const first = list[0];
        const { tool } = first;
        const from = parseSemVer(first.from);
        const to = parseSemVer(first.to);
        const patchOnly = from !== undefined && to !== undefined && from.major === to.major && from.minor === to.minor;
        const workloads = new Set(list.map((bump) => bump.resource.key)).size;
        const index = crdIndexOf(await input.repo.resourcesOfKind(CRD_KINDS));
        const inRepo = [...index.byName.values()].filter((entry) => tool.groups.includes(entry.crd.group));
        const repoNote = inRepo.length > 0
            ? ` The ${tool.name} CRDs in this repo (${[...new Set(inRepo.map((entry) => entry.resource.file))].join(', ')}) are unchanged.`
            : '';
        const message = patchOnly
            ? `${tool.name} moves from ${first.from} to ${first.to} (${workloads} workload${workloads === 1 ? '' : 's'}) with no CRD change: patch releases usually keep their CRDs, but check (kube-pr-review crd-diff) and upgrade them with the controller if they differ: ${tool.upgradeCommand(first.to)}.${repoNote}`
            : `${tool.name} moves from ${first.from} to ${first.to} (${workloads} workload${workloads === 1 ? '' : 's'}) but its CRDs do not change here: the new controller would run against the old CRDs, and the API server drops the fields they do not know (controller/CRD skew). Upgrade the CRDs with the controller: ${tool.upgradeCommand(first.to)}.${repoNote}`;
        report({
            ruleId: patchOnly ? crdChangeMeta.id : crdRiskyChangeMeta.id,
            message,
            file: first.resource.file,
            line: first.resource.lineOf(first.path),
            resource: first.resource.ref,
            key: `skew/${tool.id}`,
        });
    }
}

;// CONCATENATED MODULE: ./lib/rules/removed-api.js


const removedApiRule = {
    meta: {
        id: 'removed-api',
        description: 'The apiVersion and kind are not served by the target Kubernetes version: removed, or not yet available.',
        category: 'deprecation',
        defaultSeverity: 'error',
    },
    check(resource, context, report) {
        const entry = findLifecycle(resource.ref.apiVersion, resource.ref.kind);
        if (!entry?.removedIn || !isRemovedAt(entry, context.kubernetesVersion)) {
            reportNotServedYet(resource, context, report);
            return;
        }
        const advice = migrationAdvice(resource, entry, context);
        report({
            message: `${describeApi(entry)} is no longer served as of Kubernetes ${entry.removedIn} ` +
                `(target ${formatVersion(context.kubernetesVersion)}). ${advice.text}`,
            path: ['apiVersion'],
            key: 'removed',
            ...(advice.fix ? { fix: advice.fix } : {}),
        });
    },
};
/** An API newer than the cluster: written for a later release than the one it will be applied to. */
function reportNotServedYet(resource, context, report) {
    const { apiVersion, kind } = resource.ref;
    const introduction = findIntroduction(apiVersion, kind);
    if (!introduction || atLeast(context.kubernetesVersion, tableVersion(introduction.availableIn)))
        return;
    const target = formatVersion(context.kubernetesVersion);
    const served = introduction.replaces
        .filter((older) => !isRemovedAt(older, context.kubernetesVersion))
        .map((older) => entryApiVersion(older));
    const instead = served.length > 0
        ? `Until the cluster is upgraded, ${target} serves ${kind} as ${[...new Set(served)].join(' or ')}.`
        : `Upgrade the cluster first.`;
    report({
        message: `${apiVersion} ${kind} is not served yet by Kubernetes ${target}: it is available from ` +
            `${introduction.availableIn}. ${instead}`,
        path: ['apiVersion'],
        key: 'not-served-yet',
    });
}
function describeApi(entry) {
    return `${entryApiVersion(entry)} ${entry.kind}`;
}
/** "removed in 1.25", or "removed in 1.38 (planned)" for a release that is not out yet. */
function removalPhrase(removedIn) {
    return `removed in ${removedIn}${isUnreleased(removedIn) ? ' (planned)' : ''}`;
}
function laterVersion(a, b) {
    return compareVersions(a, b) >= 0 ? a : b;
}
/** Shared by removed-api and deprecated-api: the replacement to use now, and whether a one-line fix is safe. */
function migrationAdvice(resource, entry, context) {
    const current = context.kubernetesVersion;
    const later = laterVersion(current, context.upgradeVersion);
    const kind = resource.ref.kind;
    const durable = entry.replacement;
    if (!durable)
        return { text: `No replacement: ${entry.noReplacement ?? 'none is defined'}.` };
    // The replacement can itself be gone by then (extensions/v1beta1 -> policy/v1beta1 PodSecurityPolicy).
    const durableLifecycle = findLifecycle(durable.apiVersion, kind);
    if (durableLifecycle && isRemovedAt(durableLifecycle, later)) {
        const next = migrationAdvice(resource, durableLifecycle, context);
        const removal = removalPhrase(durableLifecycle.removedIn ?? '');
        return { text: `Its replacement ${durable.apiVersion} is itself ${removal}. ${next.text}` };
    }
    const sentences = [];
    let target = durable;
    let migration = entry.migration;
    let notes = entry.notes ?? [];
    let targetServed = true;
    if (isServed(durable, kind, current)) {
        sentences.push(`Use ${durable.apiVersion} (available since ${durable.availableIn}).`);
    }
    else {
        const interim = entry.interim?.find((step) => isServed(step, kind, current));
        if (interim) {
            sentences.push(`Use ${durable.apiVersion} once the cluster runs ${durable.availableIn} or later; ` +
                `${formatVersion(current)} does not serve it, so use ${interim.apiVersion} (available since ${interim.availableIn}) until then.`);
            target = interim;
            migration = interim.migration;
            notes = [];
        }
        else {
            sentences.push(`Use ${durable.apiVersion} (available from ${durable.availableIn}, not served by ${formatVersion(current)}).`);
            targetServed = false;
        }
    }
    const targetLifecycle = findLifecycle(target.apiVersion, kind);
    const targetRemoved = targetLifecycle !== undefined && isRemovedAt(targetLifecycle, later);
    if (targetLifecycle?.removedIn && targetRemoved) {
        sentences.push(`${target.apiVersion} is itself ${removalPhrase(targetLifecycle.removedIn)}.`);
    }
    else if (targetLifecycle?.deprecatedIn && isDeprecatedAt(targetLifecycle, later)) {
        const removal = targetLifecycle.removedIn ? `, ${removalPhrase(targetLifecycle.removedIn)}` : '';
        sentences.push(`${target.apiVersion} is itself deprecated since ${targetLifecycle.deprecatedIn}${removal}.`);
    }
    if (migration.length > 0)
        sentences.push(`Changes needed: ${migration.join('; ')}.`);
    if (notes.length > 0)
        sentences.push(`Behaviour changes: ${notes.join('; ')}.`);
    const text = sentences.join(' ');
    const apiVersionOnly = targetServed && !targetRemoved && migration.length === 0;
    if (!apiVersionOnly || !canRewriteApiVersionLine(resource))
        return { text };
    return {
        text,
        fix: {
            line: resource.lineOf(['apiVersion']),
            replacement: `apiVersion: ${target.apiVersion}`,
            description: `Change apiVersion to ${target.apiVersion}`,
        },
    };
}
function isServed(replacement, kind, version) {
    if (!atLeast(version, tableVersion(replacement.availableIn)))
        return false;
    const lifecycle = findLifecycle(replacement.apiVersion, kind);
    return lifecycle === undefined || !isRemovedAt(lifecycle, version);
}
/**
 * The fix replaces the whole line with `apiVersion: <new>`, which is only right for a top-level YAML
 * object: JSON lines look different, and objects inside a `kind: List` are indented in a sequence.
 */
function canRewriteApiVersionLine(resource) {
    return resource.listItem !== true && !resource.file.toLowerCase().endsWith('.json');
}

;// CONCATENATED MODULE: ./lib/rules/deprecated-api.js





const deprecatedApiRule = {
    meta: {
        id: 'deprecated-api',
        description: 'The apiVersion and kind are still served but deprecated, or removed by the Kubernetes version you upgrade to.',
        category: 'deprecation',
        defaultSeverity: 'warning',
        lookupKinds: CRD_KINDS,
    },
    check(resource, context, report) {
        const entry = findLifecycle(resource.ref.apiVersion, resource.ref.kind);
        // A custom resource: deprecated when its CRD in the repo marks the version deprecated.
        if (!entry && mayBeCustomResource(resource.ref.apiVersion))
            return checkCrdDeprecation(resource, context.repo, report);
        // Already gone, or not served yet, at the current version: that is removed-api's finding.
        if (!entry || isRemovedAt(entry, context.kubernetesVersion))
            return;
        const introduction = findIntroduction(resource.ref.apiVersion, resource.ref.kind);
        if (introduction && !atLeast(context.kubernetesVersion, tableVersion(introduction.availableIn)))
            return;
        const upgrade = laterVersion(context.kubernetesVersion, context.upgradeVersion);
        if (entry.removedIn && isRemovedAt(entry, upgrade)) {
            const advice = migrationAdvice(resource, entry, context);
            report({
                message: `${describeApi(entry)} is ${removalPhrase(entry.removedIn)}: ` +
                    `migrate before upgrading to ${formatVersion(upgrade)}. ${advice.text}`,
                severity: 'warning',
                path: ['apiVersion'],
                key: 'deprecated',
                ...(advice.fix ? { fix: advice.fix } : {}),
            });
        }
        else if (entry.deprecatedIn && isDeprecatedAt(entry, upgrade)) {
            const advice = migrationAdvice(resource, entry, context);
            const removal = entry.removedIn ? ` and will be ${removalPhrase(entry.removedIn)}` : '';
            report({
                message: `${describeApi(entry)} is deprecated since ${entry.deprecatedIn}${removal}. ${advice.text}`,
                severity: 'notice',
                path: ['apiVersion'],
                key: 'deprecated',
                ...(advice.fix ? { fix: advice.fix } : {}),
            });
        }
    },
};

;// CONCATENATED MODULE: ./lib/rules/emptydir-data.js


/** Words in a volume name or mount path that say "scratch space": such an emptyDir is fine. */
const SCRATCH_WORDS = new Set([
    'tmp',
    'temp',
    'tmpfs',
    'cache',
    'caches',
    'scratch',
    'run',
    'shm',
    'sock',
    'socket',
    'sockets',
    'log',
    'logs',
    'spool',
    'lock',
    'locks',
    'pid',
]);
/** Words that say "data that should outlive the pod". */
const DATA_WORDS = new Set([
    'data',
    'db',
    'database',
    'databases',
    'storage',
    'persistence',
    'persistent',
    'pgdata',
    'postgres',
    'postgresql',
    'mysql',
    'mariadb',
    'mongo',
    'mongodb',
    'redis',
    'elasticsearch',
    'opensearch',
    'kafka',
    'zookeeper',
    'etcd',
    'minio',
    'prometheus',
    'loki',
    'influxdb',
    'rabbitmq',
    'cassandra',
    'clickhouse',
    'sqlite',
    'wal',
    'uploads',
]);
/** Where daemons keep their state by convention. */
const DATA_DIRECTORIES = /^\/(var\/lib|srv|bitnami)(\/|$)/;
const emptydirDataRule = {
    meta: {
        id: 'emptydir-data',
        description: 'A long-running workload keeps what looks like data in an emptyDir volume, lost when the pod moves.',
        category: 'upgradability',
        defaultSeverity: 'notice',
    },
    check(resource, _context, report) {
        const pod = podSpecOf(resource);
        // Jobs use emptyDir as a work area by design: only long-running workloads keep data.
        if (!pod || !isLongRunning(resource, pod))
            return;
        const containers = containersOf(pod, ['initContainer', 'container']);
        asList(pod.spec.volumes).forEach((volume, index) => {
            if (!isRecord(volume) || typeof volume.name !== 'string')
                return;
            const emptyDir = volume.emptyDir;
            if (emptyDir === undefined)
                return;
            // medium: Memory is a tmpfs, which only ever holds scratch data.
            if (isRecord(emptyDir) && emptyDir.medium === 'Memory')
                return;
            const mounts = [];
            for (const ref of containers) {
                for (const mount of asList(ref.container.volumeMounts)) {
                    if (isRecord(mount) && mount.name === volume.name && typeof mount.mountPath === 'string') {
                        mounts.push({ path: mount.mountPath, container: describeContainer(ref) });
                    }
                }
            }
            if (!looksLikeData(volume.name, mounts.map((mount) => mount.path)))
                return;
            const where = mounts.length > 0
                ? ` (mounted at ${mounts.map((mount) => `${mount.path} in ${mount.container}`).join(', ')})`
                : '';
            report({
                message: `emptyDir volume '${volume.name}' of ${kindAndName(resource)}${where} looks like it holds data, ` +
                    'but an emptyDir is deleted with its pod: a node drain during an upgrade, an eviction or a ' +
                    'reschedule loses it. Keep data in a PersistentVolumeClaim (volumeClaimTemplates in a StatefulSet); ' +
                    'if it is only scratch space, suppress this finding.',
                path: [...pod.path, 'volumes', index],
                key: `emptydir:${volume.name}`,
            });
        });
    },
};
/** Scratch words win over data words: `/data/tmp` and `cache-data` are scratch. */
function looksLikeData(name, mountPaths) {
    const words = [name, ...mountPaths].flatMap((text) => text.toLowerCase().split(/[^a-z0-9]+/));
    if (words.some((word) => SCRATCH_WORDS.has(word)))
        return false;
    return words.some((word) => DATA_WORDS.has(word)) || mountPaths.some((path) => DATA_DIRECTORIES.test(path));
}

;// CONCATENATED MODULE: ./lib/rules/missing-probes.js

const missingProbesRule = {
    meta: {
        id: 'missing-probes',
        description: 'A container of a long-running workload has no readiness or no liveness probe.',
        category: 'availability',
        defaultSeverity: 'notice',
    },
    check(resource, _context, report) {
        const pod = podSpecOf(resource);
        if (!pod || !isLongRunning(resource, pod))
            return;
        // Init containers run to completion before the pod starts: probes are for the long-running ones.
        for (const ref of containersOf(pod, ['container'])) {
            const readiness = ref.container.readinessProbe !== undefined && ref.container.readinessProbe !== null;
            const liveness = ref.container.livenessProbe !== undefined && ref.container.livenessProbe !== null;
            if (readiness && liveness)
                continue;
            const consequences = [];
            if (!readiness)
                consequences.push('it gets traffic and counts as available before it is ready');
            if (!liveness)
                consequences.push('a hung process is never restarted');
            const missing = !readiness && !liveness
                ? 'no readiness and no liveness probe'
                : `no ${readiness ? 'liveness' : 'readiness'} probe`;
            const add = [!readiness ? 'readinessProbe' : '', !liveness ? 'livenessProbe' : ''].filter(Boolean);
            report({
                message: `${capitalize(describeContainer(ref))} has ${missing}: ${consequences.join(', and ')}. ` +
                    `Add ${add.join(' and ')} (for example httpGet on a health endpoint, or tcpSocket on its port).`,
                path: ref.path,
                key: `probes:${ref.name}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./lib/rules/missing-resources.js


const missingResourcesRule = {
    meta: {
        id: 'missing-resources',
        description: 'A container has no CPU or memory request, or no memory limit.',
        category: 'resources',
        defaultSeverity: 'notice',
        lookupKinds: LIMIT_RANGE_KINDS,
    },
    async check(resource, context, report) {
        const pod = podSpecOf(resource);
        if (!pod)
            return;
        // Pod-level resources (Kubernetes 1.32+) cover every container.
        const podLevel = settingsOf(pod.spec.resources);
        const lacking = containersOf(pod, ['initContainer', 'container'])
            .map((ref) => ({ ref, settings: merge(settingsOf(ref.container.resources), podLevel) }))
            .filter(({ settings }) => !complete(settings));
        if (lacking.length === 0)
            return;
        // A LimitRange in the namespace fills in defaults: look it up only when something is missing.
        const defaults = headIndex(await context.repo.resourcesOfKind(LIMIT_RANGE_KINDS)).defaultsIn(resource.ref.namespace);
        for (const { ref, settings } of lacking) {
            const effective = merge(settings, defaults);
            if (complete(effective))
                continue;
            const missing = [];
            const set = [];
            if (!effective.cpuRequest) {
                missing.push('no CPU request');
                set.push('requests.cpu');
            }
            if (!effective.memoryRequest) {
                missing.push('no memory request');
                set.push('requests.memory');
            }
            if (!effective.memoryLimit) {
                missing.push('no memory limit');
                set.push('limits.memory');
            }
            const why = [];
            if (!effective.cpuRequest || !effective.memoryRequest)
                why.push('the scheduler places it as if it needed nothing, so nodes get overcommitted');
            if (!effective.memoryLimit)
                why.push("a leak can use up the node's memory and get other pods evicted");
            report({
                message: `${capitalize(describeContainer(ref))} has ${joinPhrases(missing)}: ${why.join(', and ')}. ` +
                    `Set ${joinPhrases(set.map((field) => `resources.${field}`))} ` +
                    '(for example requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}).',
                path: [...ref.path, 'resources'],
                key: `resources:${ref.kind}:${ref.name}`,
            });
        }
    },
};
/** What a `resources` block sets. A limit without a request also sets the request (Kubernetes copies it). */
function settingsOf(resources) {
    const requests = isRecord(resources) && isRecord(resources.requests) ? resources.requests : {};
    const limits = isRecord(resources) && isRecord(resources.limits) ? resources.limits : {};
    return {
        cpuRequest: present(requests.cpu) || present(limits.cpu),
        memoryRequest: present(requests.memory) || present(limits.memory),
        memoryLimit: present(limits.memory),
    };
}
function present(value) {
    return value !== undefined && value !== null && value !== '';
}
function merge(a, b) {
    return {
        cpuRequest: a.cpuRequest || b.cpuRequest,
        memoryRequest: a.memoryRequest || b.memoryRequest,
        memoryLimit: a.memoryLimit || b.memoryLimit,
    };
}
function complete(settings) {
    return settings.cpuRequest && settings.memoryRequest && settings.memoryLimit;
}

;// CONCATENATED MODULE: ./lib/rules/pdb-blocks-drain.js


/** The workloads a PDB may select, and the autoscalers that set their replicas. */
const PDB_LOOKUP_KINDS = [...WORKLOAD_KINDS, ...SCALER_KINDS];
const DRAIN_HANGS = 'kubectl drain, node upgrades and cluster-autoscaler scale-down wait on it until they time out';
const pdbBlocksDrainRule = {
    meta: {
        id: 'pdb-blocks-drain',
        description: 'A PodDisruptionBudget allows no disruption (maxUnavailable 0, or minAvailable all the pods).',
        category: 'availability',
        defaultSeverity: 'warning',
        lookupKinds: PDB_LOOKUP_KINDS,
    },
    async check(resource, context, report) {
        if (!isKind(resource, 'PodDisruptionBudget', ['policy']))
            return;
        const spec = resource.object.spec;
        if (!isRecord(spec))
            return;
        const name = `PodDisruptionBudget '${resource.ref.name}'`;
        if (spec.maxUnavailable !== undefined && spec.maxUnavailable !== null) {
            if (amount(spec.maxUnavailable)?.value !== 0)
                return;
            report({
                message: `${name} allows no voluntary disruption (maxUnavailable: ${String(spec.maxUnavailable)}): ` +
                    `${DRAIN_HANGS}. Set maxUnavailable: 1, or a minAvailable below the number of pods.`,
                path: ['spec', 'maxUnavailable'],
                key: 'max-unavailable',
            });
            return;
        }
        const minAvailable = amount(spec.minAvailable);
        if (!minAvailable)
            return;
        if (minAvailable.percent && minAvailable.value >= 100) {
            report({
                message: `${name} keeps every pod available (minAvailable: ${String(spec.minAvailable)}): ${DRAIN_HANGS}. ` +
                    'Set minAvailable below 100% (with 2 or more replicas), or maxUnavailable: 1.',
                path: ['spec', 'minAvailable'],
                key: 'min-available',
            });
            return;
        }
        // An integer (or a percentage short of 100) blocks only when it covers every pod it selects: count them.
        // A missing selector selects nothing in policy/v1; an empty one selects the whole namespace.
        if (!isRecord(spec.selector) || (minAvailable.value === 0 && !minAvailable.percent))
            return;
        const selector = spec.selector;
        const index = headIndex(await context.repo.resourcesOfKind(PDB_LOOKUP_KINDS));
        const selected = index
            .workloadsIn(resource.ref.namespace)
            .filter((workload) => selectorMatches(selector, workload.labels));
        const pods = selected.reduce((sum, workload) => sum + workload.replicas, 0);
        if (pods === 0)
            return;
        // The disruption controller rounds a percentage up.
        const required = minAvailable.percent ? Math.ceil((minAvailable.value * pods) / 100) : minAvailable.value;
        if (required < pods)
            return;
        report({
            message: `${name} requires minAvailable: ${String(spec.minAvailable)} of the ${pods} pod${pods === 1 ? '' : 's'} ` +
                `it selects (${joinPhrases(selected.map(describeWorkload))}), so it allows no voluntary disruption: ` +
                `${DRAIN_HANGS}. ` +
                (pods === 1
                    ? 'Run 2 or more replicas (minAvailable: 1 then lets one pod go at a time), or use maxUnavailable: 1.'
                    : `Set minAvailable to ${pods - 1} or less, or use maxUnavailable: 1.`),
            path: ['spec', 'minAvailable'],
            key: 'min-available',
        });
    },
};
/** An IntOrString: a non-negative integer, or a percentage like "25%". */
function amount(value) {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0)
        return { value, percent: false };
    if (typeof value === 'string') {
        const match = /^\s*(\d+)%\s*$/.exec(value);
        if (match)
            return { value: Number(match[1]), percent: true };
    }
    return undefined;
}
function describeWorkload(workload) {
    const count = `${workload.replicas} replica${workload.replicas === 1 ? '' : 's'}`;
    const source = workload.scaler ? `, the minimum of ${kindAndName(workload.scaler.resource)}` : '';
    return `${kindAndName(workload.resource)}: ${count}${source}`;
}

;// CONCATENATED MODULE: ./lib/rules/plaintext-secret.js


/**
 * Values that stand in for a secret rather than being one: empty, substituted at deploy time, templated,
 * encrypted by SOPS, references to a secret store, or obvious placeholders.
 */
const PLACEHOLDERS = [
    /^$/,
    /^\$\{[^}]*\}$/, // ${VAR}: envsubst, Flux post-build substitution
    /^\$\(?[A-Za-z_][A-Za-z0-9_]*\)?$/, // $VAR, $(VAR)
    /^<[^<>]*>$/, // <password>, <path:kv/data/app#key> (argocd-vault-plugin)
    /^\{\{[\s\S]*\}\}$/, // a template expression
    /^ENC\[[A-Z0-9_]+,[\s\S]*\]$/, // a SOPS-encrypted value
    /^(vault:|ref\+[a-z0-9]+:\/\/)/, // bank-vaults webhook, vals references
    /^(change[-_ ]?me|replace[-_ ]?me|to[-_ ]?do|tbd|placeholder|dummy|redacted|none|null|n\/a|x+|\*+|\.{3,}|-+)$/i,
    /^(change|replace)[-_ ]?(me|this|with)\b/i,
];
/** A public certificate (a CA bundle, `tls.crt` on its own) is not secret. */
const CERTIFICATE = /^-----BEGIN (CERTIFICATE|TRUSTED CERTIFICATE|X509 CRL)-----[\s\S]*-----END [A-Z0-9 ]+-----$/;
const SHOWN_KEYS = 5;
const plaintextSecretRule = {
    meta: {
        id: 'plaintext-secret',
        description: 'A Secret commits values to git in plain text (base64 is an encoding, not encryption).',
        category: 'security',
        defaultSeverity: 'warning',
    },
    check(resource, _context, report) {
        if (!isKind(resource, 'Secret', ['']))
            return;
        const object = resource.object;
        // A SOPS-encrypted document carries its metadata in a top-level `sops:` key.
        if (object.sops !== undefined)
            return;
        const exposed = [];
        for (const field of ['data', 'stringData']) {
            const values = object[field];
            if (!isRecord(values))
                continue;
            for (const [key, value] of Object.entries(values)) {
                const raw = stringValue(value);
                // `data` is base64: judge the decoded text, and the raw text too (a `${VAR}` is not base64).
                const secret = isSecretValue(raw) && (field === 'stringData' || isSecretValue(decodeBase64(raw)));
                if (secret)
                    exposed.push({ path: [field, key], line: resource.lineOf([field, key]) });
            }
        }
        if (exposed.length === 0)
            return;
        exposed.sort((a, b) => a.line - b.line);
        const names = exposed.slice(0, SHOWN_KEYS).map((entry) => entry.path.join('.'));
        const more = exposed.length > SHOWN_KEYS ? ` and ${exposed.length - SHOWN_KEYS} more` : '';
        const count = exposed.length === 1 ? 'a value' : `${exposed.length} values`;
        report({
            message: `Secret '${resource.ref.name}' commits ${count} to git in plain text (${names.join(', ')}${more}): ` +
                'base64 in `data` is an encoding, not encryption, and git keeps every value in its history. ' +
                'Encrypt the file with SOPS, or keep the value out of git with a SealedSecret, an ExternalSecret ' +
                '(External Secrets Operator) or Vault; rotate any value that was pushed.',
            path: exposed[0].path,
            key: 'plaintext',
        });
    },
};
function stringValue(value) {
    if (value === null || value === undefined)
        return '';
    return typeof value === 'string' ? value : String(value);
}
function decodeBase64(text) {
    return Buffer.from(text.trim(), 'base64').toString('utf8');
}
function isSecretValue(text) {
    const value = text.trim();
    if (PLACEHOLDERS.some((pattern) => pattern.test(value)))
        return false;
    return !CERTIFICATE.test(value);
}

;// CONCATENATED MODULE: ./lib/rules/rbac-wildcard.js


const rbac_wildcard_RBAC = ['rbac.authorization.k8s.io'];
const rbacWildcardRule = {
    meta: {
        id: 'rbac-wildcard',
        description: "A Role or ClusterRole grants '*' verbs or '*' resources.",
        category: 'security',
        defaultSeverity: 'warning',
    },
    check(resource, _context, report) {
        if (!isKind(resource, 'Role', rbac_wildcard_RBAC) && !isKind(resource, 'ClusterRole', rbac_wildcard_RBAC))
            return;
        // An aggregated ClusterRole's rules are written by the controller from other roles, not by this file.
        if (resource.ref.kind === 'ClusterRole' && resource.object.aggregationRule !== undefined)
            return;
        asList(resource.object.rules).forEach((rule, index) => {
            if (!isRecord(rule))
                return;
            const verbs = asList(rule.verbs);
            const resources = asList(rule.resources);
            const allVerbs = verbs.includes('*');
            const allResources = resources.includes('*');
            if (!allVerbs && !allResources)
                return;
            const groups = asList(rule.apiGroups).map((group) => (group === '' ? '""' : String(group)));
            const inGroups = groups.length > 0 ? ` in API groups [${groups.join(', ')}]` : '';
            const what = allVerbs
                ? allResources
                    ? `every verb ('*') on every resource ('*')${inGroups}`
                    : `every verb ('*') on ${describeList(resources, 'resources')}${inGroups}`
                : `${describeList(verbs, 'verbs')} on every resource ('*')${inGroups}`;
            report({
                message: `${resource.ref.kind} '${resource.ref.name}' grants ${what}: wildcards also grant whatever is added ` +
                    'later (new resources, new CRDs, subresources such as pods/exec and secrets). List only the verbs and ' +
                    'resources the subjects need, for example `verbs: [get, list, watch]` and `resources: [deployments]`.',
                // The '*' item itself: the same line as the key for `verbs: ['*']`.
                path: allVerbs
                    ? ['rules', index, 'verbs', verbs.indexOf('*')]
                    : ['rules', index, 'resources', resources.indexOf('*')],
                key: `${groups.join(',')}|${resources.map(String).join(',')}|${verbs.map(String).join(',')}`,
            });
        });
    },
};
function describeList(values, noun) {
    return values.length === 0 ? `no ${noun}` : `${noun} [${values.map(String).join(', ')}]`;
}

;// CONCATENATED MODULE: ./lib/rules/render-error.js
/**
 * Reported by the pipeline itself when a Helm chart, Kustomize overlay or release that the change affects
 * cannot be rendered (helm's or kustomize's own message, on the file it is about); not a per-resource check.
 */
const renderErrorMeta = {
    id: 'render-error',
    description: 'A Helm chart, Kustomize overlay, Argo CD Application or Flux HelmRelease that the change affects cannot be rendered.',
    category: 'rendering',
    defaultSeverity: 'error',
};

;// CONCATENATED MODULE: ./lib/rules/single-replica.js


const singleReplicaRule = {
    meta: {
        id: 'single-replica',
        description: 'A Deployment or StatefulSet runs one replica and no HorizontalPodAutoscaler scales it.',
        category: 'availability',
        defaultSeverity: 'notice',
        lookupKinds: SCALER_KINDS,
    },
    async check(resource, context, report) {
        if (!isScalableWorkload(resource))
            return;
        const replicas = replicasOf(resource);
        // 0 is switched off on purpose; a value that is not a number is not ours to judge.
        if (replicas !== 1)
            return;
        // The autoscaler may live in any file of the repo: look it up only for the workloads that need it.
        const index = headIndex(await context.repo.resourcesOfKind(SCALER_KINDS));
        if (index.scalerFor(resource))
            return;
        const spec = resource.object.spec;
        const unset = !isRecord(spec) || spec.replicas === undefined || spec.replicas === null;
        report({
            message: `${kindAndName(resource)} runs a single replica${unset ? ' (spec.replicas is not set, so 1)' : ''} ` +
                'and no HorizontalPodAutoscaler targets it: a node drain, an eviction or a failed rollout takes it ' +
                'down. Set spec.replicas to 2 or more (with a PodDisruptionBudget), or scale it with a ' +
                'HorizontalPodAutoscaler.',
            path: ['spec', 'replicas'],
            key: 'single-replica',
        });
    },
};

;// CONCATENATED MODULE: ./lib/rules/version-skew.js




const versionSkewMeta = {
    id: 'version-skew',
    description: "A change moves a cluster's Kubernetes version by more than one minor release at once, or downgrades it.",
    category: 'upgradability',
    defaultSeverity: 'error',
};
/** Objects that set the Kubernetes version of a cluster, and where. */
const CLUSTER_VERSION_FIELDS = [
    { group: 'eksctl.io', kind: 'ClusterConfig', path: ['metadata', 'version'], what: 'eksctl ClusterConfig' },
    {
        group: 'cluster.x-k8s.io',
        kind: 'Cluster',
        path: ['spec', 'topology', 'version'],
        what: 'Cluster API Cluster',
    },
    {
        group: 'controlplane.cluster.x-k8s.io',
        kind: 'KubeadmControlPlane',
        path: ['spec', 'version'],
        what: 'Cluster API KubeadmControlPlane',
    },
    { group: 'kops.k8s.io', kind: 'Cluster', path: ['spec', 'kubernetesVersion'], what: 'kops Cluster' },
];
/** The repo's config file, whose `kubernetesVersion` is the version the review checks against. */
const CONFIG_FILES = ['.kube-pr-review.yaml', '.kube-pr-review.yml'];
/**
 * Whole-change check: it needs the base side of a modified object (eksctl, Cluster API, kops) and the
 * config file at both commits, which a per-resource rule does not see.
 */
const versionSkewAnalyzer = {
    metas: [versionSkewMeta],
    async analyze(input, report) {
        if (input.mode !== 'review')
            return;
        for (const change of input.changes) {
            if (change.type !== 'modified' || !change.base || !change.head)
                continue;
            const field = version_skew_versionField(change.head);
            if (!field || version_skew_versionField(change.base) !== field)
                continue;
            const before = versionAt(change.base, field.path);
            const after = versionAt(change.head, field.path);
            if (!before || !after)
                continue;
            const problem = skewProblem(before, after);
            if (!problem)
                continue;
            report({
                ruleId: versionSkewMeta.id,
                message: `${field.what} '${change.head.ref.name}' ${problem}`,
                file: change.head.file,
                line: change.head.lineOf(field.path),
                resource: change.head.ref,
                key: `version:${field.path.join('.')}`,
            });
        }
        // Read whatever the path filters say: the config file governs the whole review.
        for (const path of CONFIG_FILES) {
            const headText = await input.readFile('head', path);
            if (headText === undefined)
                continue;
            const baseText = await input.readFile('base', path);
            if (baseText === undefined || ignoredInText(headText, versionSkewMeta.id))
                break;
            const before = topLevelValue(baseText, 'kubernetesVersion');
            const after = topLevelValue(headText, 'kubernetesVersion');
            const beforeVersion = before && version_skew_versionOf(before.value);
            const afterVersion = after && version_skew_versionOf(after.value);
            const problem = beforeVersion && afterVersion && skewProblem(beforeVersion, afterVersion);
            if (!after || !problem)
                break;
            report({
                ruleId: versionSkewMeta.id,
                message: `kubernetesVersion in ${path} ${problem} This is the version your cluster runs: ` +
                    'change it when the cluster moves, one minor release at a time.',
                file: path,
                line: after.line,
                key: 'config:kubernetesVersion',
            });
            break;
        }
    },
};
function version_skew_versionField(resource) {
    const group = apiGroup(resource.ref.apiVersion);
    return CLUSTER_VERSION_FIELDS.find((field) => field.kind === resource.ref.kind && field.group === group);
}
function versionAt(resource, path) {
    let node = resource.object;
    for (const segment of path) {
        if (!isRecord(node))
            return undefined;
        node = node[segment];
    }
    return version_skew_versionOf(node);
}
/**
 * '1.29', 'v1.29.3' or the number 1.29. An unquoted `1.30` is the number 1.3 in YAML: a one-digit minor
 * from a number is ambiguous, so it is left alone rather than read as a downgrade.
 */
function version_skew_versionOf(value) {
    if (typeof value === 'string')
        return parseKubeVersion(value);
    if (typeof value !== 'number')
        return undefined;
    const text = String(value);
    return /^\d+\.\d$/.test(text) ? undefined : parseKubeVersion(text);
}
/** What is wrong with moving from `before` to `after`, as the end of a sentence; undefined when nothing is. */
function skewProblem(before, after) {
    const from = formatVersion(before);
    const to = formatVersion(after);
    if (compareVersions(after, before) < 0) {
        return (`moves Kubernetes down from ${from} to ${to}: a control plane cannot be downgraded (etcd already holds ` +
            `objects written by ${from}, and managed services refuse it). Keep ${from}.`);
    }
    if (after.major !== before.major || after.minor - before.minor > 1) {
        const steps = [];
        if (after.major === before.major) {
            for (let minor = before.minor; minor <= after.minor; minor++)
                steps.push(`${before.major}.${minor}`);
        }
        const path = steps.length > 0 ? ` (${steps.join(' -> ')})` : '';
        const next = formatVersion(nextMinor(before));
        return (`moves Kubernetes from ${from} to ${to} in one change: the version skew policy upgrades a control plane ` +
            `one minor release at a time${path}, and EKS, GKE and kubeadm refuse to skip one. ` +
            `Change it to ${next} first, and to the next release in a later change.`);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/rules/index.js

















/** The one list of resource rules: a rule not listed here does not run. */
const RULES = [
    removedApiRule,
    deprecatedApiRule,
    crdInvalidResourceRule,
    plaintextSecretRule,
    containerSecurityContextRule,
    rbacWildcardRule,
    clusterAdminBindingRule,
    singleReplicaRule,
    missingProbesRule,
    pdbBlocksDrainRule,
    emptydirDataRule,
    missingResourcesRule,
];
/** Whole-change checks (CRD upgrades, version moves), registered here too. */
const ANALYZERS = [
    crdUpgradeAnalyzer,
    versionSkewAnalyzer,
    chartKubeVersionAnalyzer,
];
/** Every rule id a finding can carry, with its metadata (docs, SARIF, config validation). */
const RULE_METAS = [
    parseErrorMeta,
    renderErrorMeta,
    ...RULES.map((rule) => rule.meta),
    ...ANALYZERS.flatMap((analyzer) => analyzer.metas),
];
const RULE_IDS = RULE_METAS.map((meta) => meta.id);

;// CONCATENATED MODULE: ./lib/pipeline.js






















const silentLogger = { info: () => { }, warning: () => { } };
/** Reviews the change from merge-base(base, head) to head: only the changed files are read (unless scope is `all`). */
async function runReview(request, options, logger) {
    const { repo } = request;
    const [head, baseCommit] = await Promise.all([
        resolveCommit(repo, request.head),
        resolveCommit(repo, request.base),
    ]);
    if (!head)
        throw new UserError(`head ref '${request.head}' is not a commit in ${repo}`);
    if (!baseCommit)
        throw new UserError(`base ref '${request.base}' is not a commit in ${repo}`);
    // The head tree (for rendering, and scope `all`) is listed while git finds the merge base and diffs.
    const store = new BlobStore(repo);
    const rendersTargets = options.render?.enabled !== false;
    const headTreeLoading = rendersTargets || options.scope === 'all' ? loadTree(repo, head, 'head', store) : undefined;
    if (rendersTargets)
        startDeclarationSearch(store, head);
    // The head side's charts, overlays and releases are found meanwhile too: they do not depend on the base.
    const identity = lazy(() => repoIdentity(repo, options));
    const headDiscovery = rendersTargets
        ? headTreeLoading.then((tree) => discoverSide(tree, options.render?.releases ?? [], DEFAULT_CONFIG_FILE, identity))
        : undefined;
    headDiscovery?.catch(() => { }); // awaited below; a failure surfaces there
    // The base is usually the merge base itself (a branch cut from it, HEAD~1): its diff starts meanwhile.
    const diffingFromBase = diffCommits(repo, baseCommit, head);
    diffingFromBase.catch(() => { }); // awaited only when the base is the merge base
    let base = await mergeBase(repo, baseCommit, head);
    if (!base) {
        logger.warning(`no merge base between ${request.base} and ${request.head}: comparing with ${request.base} directly`);
        base = baseCommit;
    }
    const treeChanges = base === baseCommit ? await diffingFromBase : await diffCommits(repo, base, head);
    const allChanged = treeChanges.map((change) => change.file);
    const inReview = (file) => (isManifestPath(file.path) || isManifestPath(file.oldPath)) &&
        (options.pathFilter.matches(file.path) || options.pathFilter.matches(file.oldPath));
    const reviewed = treeChanges.filter((change) => inReview(change.file));
    const changed = reviewed.map((change) => change.file);
    const [headBlobs, baseBlobs] = await Promise.all([
        readChanged(store, reviewed, 'head'),
        readChanged(store, reviewed, 'base'),
    ]);
    const headParsed = parseBlobs(headBlobs);
    const baseParsed = parseBlobs(baseBlobs);
    const headResources = headParsed.flatMap((file) => file.resources);
    const ignoreFields = options.ignoreFields ?? NO_IGNORED_FIELDS;
    const changes = diffResources(baseParsed.flatMap((file) => file.resources), headResources, { ignoreFields });
    // Helm charts, Kustomize overlays, Argo CD Applications and Flux HelmReleases the change affects.
    const headParsedByPath = new Map(headParsed.map((file) => [file.file, file]));
    const headTree = lazy(() => headTreeLoading ?? loadTree(repo, head, 'head', store));
    // Which files mention the kinds the rules look up, found by one search: started while charts render.
    const lookupKinds = new Set(RULES.flatMap((rule) => rule.meta.lookupKinds ?? []));
    const kindSearch = lazy(async () => kindMentions(await grepMatches(repo, head, kindPatterns([...lookupKinds]), [...MANIFEST_PATHSPECS])));
    const rendering = allChanged.length === 0 || !headDiscovery
        ? EMPTY_RENDERING
        : await renderChanges({
            trees: { head: await headTree(), base: baseTreeOf(await headTree(), base, treeChanges) },
            headDiscovery,
            identity,
            changed: allChanged,
            options,
            configFile: DEFAULT_CONFIG_FILE,
            ...(await baseReleases(repo, base, options)),
            parsedHead: (path) => headParsedByPath.get(path),
            everything: options.scope === 'all',
            whileRendering: () => void kindSearch().catch(() => { }), // a failure surfaces at the lookup
            logger,
        });
    const renderedHead = rendering.targets.flatMap((target) => target.headResources);
    // Whole-change analyzers see what rendering changed (a target without a diff has no change to show), so a
    // chart's unchanged resources are never parsed (a CRD of megabytes that a values change does not touch).
    const renderedChanges = rendering.targets.flatMap((target) => target.changes.filter((change) => change.type !== 'unchanged'));
    const renderedBase = renderedChanges.flatMap((change) => (change.base ? [change.base] : []));
    const renderedHeadChanged = renderedChanges.flatMap((change) => (change.head ? [change.head] : []));
    const readAt = (side, path) => readTextAt(repo, side === 'base' ? base : head, path);
    const headTreePaths = async () => [...(await headTree()).files.keys()];
    // The rest of the tree is read for scope `all`; otherwise only the files a rule's lookup needs.
    const changedPaths = new Set(headBlobs.keys());
    const readOthers = async (paths) => {
        const wanted = paths.filter((path) => !changedPaths.has(path) && isManifestPath(path) && options.pathFilter.matches(path));
        const texts = new Map();
        for (const [path, blob] of await (await headTree()).readBuffers(wanted))
            if (blob)
                texts.set(path, blob.toString('utf8'));
        return texts;
    };
    const otherParsed = options.scope === 'all'
        ? [...(await readOthers(await headTreePaths()))].map(([path, text]) => parseManifestFile(path, text))
        : [];
    const lookup = options.scope === 'all'
        ? staticLookup([...headResources, ...otherParsed.flatMap((file) => file.resources), ...renderedHead])
        : treeLookup({
            known: [...headResources, ...renderedHead],
            readMentioning: async (kinds) => readOthers(kinds.every((kind) => lookupKinds.has(kind))
                ? mentioningAny(await kindSearch(), kinds)
                : await (await headTree()).grep(kindPatterns(kinds), MANIFEST_PATHSPECS)),
            parse: parseManifestFile,
        });
    const subjects = subjectsInScope(changes, headResources, options.scope);
    const problems = headParsed.flatMap((file) => file.problems);
    let filesRead = headBlobs.size + baseBlobs.size;
    let resourceCount = headResources.length + renderedHead.length;
    if (options.scope === 'all') {
        filesRead += otherParsed.length;
        for (const file of otherParsed) {
            problems.push(...file.problems);
            resourceCount += file.resources.length;
            for (const resource of file.resources)
                subjects.push({ resource });
        }
    }
    const rawFindings = [
        ...parseProblemFindings(problems, options),
        ...(await checkResources(subjects, RULES, options, lookup)),
    ];
    const renderedFindings = await checkRendered(rendering, options, lookup, rawFindings);
    const baseResources = [...baseParsed.flatMap((file) => file.resources), ...renderedBase];
    const allHead = [...headResources, ...renderedHeadChanged];
    const analysis = {
        mode: 'review',
        options,
        changedFiles: changed,
        changes: [...changes, ...renderedChanges],
        baseResources,
        headResources: allHead,
        repo: lookup,
        chartBumps: await chartBumps(rendering, readAt),
        readFile: readAt,
        ...(options.scope === 'all'
            ? {
                headFiles: async () => (await headTreePaths()).filter((path) => options.pathFilter.matches(path)),
            }
            : {}),
    };
    const findings = [
        ...rawFindings,
        ...renderedFindings,
        ...(await runAnalyzers([...ANALYZERS, renderErrorAnalyzer(rendering.problems)], analysis, resourceFinder(allHead))),
    ];
    const changedForReport = [...changed];
    for (const file of rendering.inputFiles) {
        if (!changedForReport.some((known) => known.path === file.path))
            changedForReport.push(file);
    }
    changedForReport.sort((a, b) => a.path.localeCompare(b.path));
    await rendering.cleanup;
    return buildReport({
        mode: 'review',
        options,
        findings,
        changes: [...groupChanges(changes, changed), ...renderedGroups(rendering)],
        changedFiles: changedForReport,
        base,
        head,
        stats: { filesRead, resources: resourceCount },
    });
}
/** The releases the base commit's config file declares, so a version bump there renders old and new. */
async function baseReleases(repo, base, options) {
    if (!options.render?.releases.length)
        return {};
    const text = await readTextAt(repo, base, DEFAULT_CONFIG_FILE);
    if (text === undefined)
        return {};
    try {
        return { baseReleases: parseRepoConfig(text, DEFAULT_CONFIG_FILE, RULE_IDS).releases ?? [] };
    }
    catch {
        return {}; // an invalid base config: render the base side as head declares it
    }
}
/**
 * Runs the rules on rendered resources, one target at a time: the findings point where the resource's
 * change comes from, name the rendered resource and its template, and a finding the raw manifest already
 * has (a kustomize base file reviewed as a file too) is not repeated.
 */
async function checkRendered(rendering, options, lookup, rawFindings) {
    const seen = new Set(rawFindings.map((finding) => findingIdentity(finding, finding.message)));
    const findings = [];
    for (const result of rendering.targets) {
        // Without a diff (a side failed, or rendered only for scope `all`) every rendered resource is checked.
        const subjects = result.diffed
            ? subjectsInScope(result.changes, result.headResources, options.scope)
            : result.headResources.map((resource) => ({ resource }));
        const byRef = new Map(subjects.map(({ resource }) => [refKey(resource.ref), resource]));
        for (const finding of await checkResources(subjects, RULES, options, lookup)) {
            if (seen.has(findingIdentity(finding, finding.message)))
                continue;
            const resource = finding.resource ? byRef.get(refKey(finding.resource)) : undefined;
            const decorated = resource
                ? {
                    ...finding,
                    message: `${finding.message} (${describeRendered(resource)})`,
                    fingerprint: fingerprint([finding.fingerprint, result.target.id]),
                }
                : finding;
            seen.add(findingIdentity(decorated, decorated.message));
            findings.push(decorated);
        }
    }
    return findings;
}
/** `rendered Deployment prod/web from web/templates/deployment.yaml by Application argocd/web`. */
function describeRendered(resource) {
    const template = resource.rendered.template ? ` from ${resource.rendered.template}` : '';
    return `rendered ${describeResource(resource.ref)}${template} by ${resource.rendered.target}`;
}
function findingIdentity(finding, message) {
    return [finding.ruleId, finding.file, finding.line, message].join('\0');
}
function refKey(ref) {
    return `${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
}
/** render-error findings go through the engine like an analyzer's: rule settings, ignores, fingerprints. */
function renderErrorAnalyzer(problems) {
    return {
        metas: [renderErrorMeta],
        analyze: (_input, report) => {
            for (const problem of problems) {
                report({
                    ruleId: renderErrorMeta.id,
                    message: problem.message,
                    severity: problem.severity,
                    file: problem.file,
                    line: problem.line,
                    key: problem.key,
                });
            }
            return Promise.resolve();
        },
    };
}
const EMPTY_RENDERING = { targets: [], problems: [], inputFiles: [] };
/** An audit of a git checkout can render every target of its HEAD commit, head side only. */
async function renderAtHead(root, options, logger) {
    const head = await resolveCommit(root, 'HEAD');
    if (!head)
        throw new UserError(`--render needs a git checkout: ${root} has no HEAD commit`);
    const tree = await loadTree(root, head, 'head');
    return renderChanges({
        trees: { base: tree, head: tree },
        identity: lazy(() => repoIdentity(root, options)),
        changed: [],
        options,
        configFile: DEFAULT_CONFIG_FILE,
        parsedHead: () => undefined,
        everything: true,
        logger,
    });
}
/** Rendered charts whose version moved, with which of their CRDs changed: "no CRD difference" is news too. */
async function chartBumps(rendering, readFile) {
    const bumps = [];
    for (const result of rendering.targets) {
        const before = result.baseTarget?.spec;
        const after = result.target.spec;
        if (result.diffed && after.type === 'kustomize')
            bumps.push(...remoteRefBumps(result), ...helmChartBumps(result));
        if (!result.diffed || before?.type !== 'helm' || after.type !== 'helm')
            continue;
        const crds = result.changes.filter((change) => change.key.includes('/CustomResourceDefinition/'));
        if (before.chart.type === 'path' && after.chart.type === 'path') {
            bumps.push(...(await dependencyBumps(result, after.chart.path, crds, readFile)));
            continue;
        }
        if (before.chart.type === 'path' || after.chart.type === 'path')
            continue;
        if (before.chart.version === after.chart.version)
            continue;
        const at = result.target.versionAt ?? result.target.anchor;
        bumps.push({
            target: result.target.label,
            chart: after.chart.type === 'repo' ? after.chart.chart : after.chart.ref,
            from: before.chart.version,
            to: after.chart.version,
            file: at.file,
            line: at.line,
            ...crdCounts(crds),
        });
    }
    return bumps;
}
function crdCounts(crds) {
    return {
        unchangedCrds: crds
            .filter((change) => change.type === 'unchanged')
            .map((change) => change.key.slice(change.key.lastIndexOf('/') + 1)),
        changedCrds: crds.filter((change) => change.type !== 'unchanged').length,
    };
}
/** `dependencies[].version` bumps in a chart's Chart.yaml, each with the CRDs its subchart renders. */
async function dependencyBumps(result, chartDir, crds, readFile) {
    const file = chartDir === '' ? 'Chart.yaml' : `${chartDir}/Chart.yaml`;
    const [baseText, headText] = await Promise.all([readFile('base', file), readFile('head', file)]);
    const baseChart = baseText === undefined ? undefined : parseChart(file, baseText);
    const headChart = headText === undefined ? undefined : parseChart(file, headText);
    if (!baseChart || !headChart)
        return [];
    const bumps = [];
    for (const dependency of headChart.dependencies) {
        const old = baseChart.dependencies.find((candidate) => candidate.name === dependency.name);
        if (!old || old.version === dependency.version)
            continue;
        // helm names a subchart's files `<chart>/charts/<dependency>/...` in its `# Source:` comments.
        const ofDependency = crds.filter((change) => (change.head ?? change.base)?.rendered.template?.includes(`/charts/${dependency.name}/`));
        if (ofDependency.length === 0)
            continue;
        bumps.push({
            target: result.target.label,
            chart: dependency.name,
            from: old.version,
            to: dependency.version,
            file,
            line: dependency.versionLine,
            ...crdCounts(ofDependency),
        });
    }
    return bumps;
}
/** Kustomize `helmCharts` whose version moved, with which of the CRDs the chart renders changed. */
function helmChartBumps(result) {
    return (result.helmChartBumps ?? []).map((bump) => ({
        target: result.target.label,
        chart: bump.chart,
        from: bump.from,
        to: bump.to,
        file: bump.kustomization,
        line: bump.line,
        ...crdCounts(result.changes.filter((change) => change.key.includes('/CustomResourceDefinition/') &&
            (change.head ?? change.base)?.rendered.template ===
                bump.kustomization)),
    }));
}
/** Kustomize remote resources whose `?ref=` moved, with which of the CRDs they bring changed. */
function remoteRefBumps(result) {
    const bumps = new Map();
    for (const change of result.changes) {
        if (!change.key.includes('/CustomResourceDefinition/'))
            continue;
        const before = change.base?.remote;
        const after = change.head?.remote;
        if (!before || !after || before.location !== after.location || before.ref === after.ref)
            continue;
        const id = `${after.location}@${before.ref ?? ''}..${after.ref ?? ''}`;
        let bump = bumps.get(id);
        if (!bump) {
            bump = {
                target: result.target.label,
                chart: after.location,
                from: before.ref ?? '(default branch)',
                to: after.ref ?? '(default branch)',
                file: after.at.file,
                line: after.at.line,
                unchangedCrds: [],
                changedCrds: 0,
            };
            bumps.set(id, bump);
        }
        if (change.type === 'unchanged')
            bump.unchangedCrds.push(change.key.slice(change.key.lastIndexOf('/') + 1));
        else
            bump.changedCrds++;
    }
    return [...bumps.values()];
}
/** One group per rendered target: its declaration's file, and the target's name. */
function renderedGroups(rendering) {
    return rendering.targets
        .filter((result) => result.changes.some((change) => change.type !== 'unchanged'))
        .map((result) => ({
        file: result.target.anchor.file,
        status: result.status,
        target: result.target.label,
        resources: result.changes.filter((change) => change.type !== 'unchanged'),
    }))
        .sort((a, b) => a.target.localeCompare(b.target));
}
/** The repository's git remotes and the URLs the config adds: what Argo CD and Flux call this repository. */
async function repoIdentity(repo, options) {
    return new RepoIdentity([...(await remoteUrls(repo)), ...(options.render?.repoURLs ?? [])]);
}
/** Runs `load` once, on first call, and keeps its promise. */
function lazy(load) {
    let promise;
    return () => (promise ??= load());
}
function resourceFinder(resources) {
    return (ref, file) => resources.find((resource) => resource.file === file &&
        resource.ref.kind === ref.kind &&
        resource.ref.name === ref.name &&
        resource.ref.namespace === ref.namespace);
}
/** Scope `changed`: what the change adds or modifies; otherwise every head resource, with its change if any. */
function subjectsInScope(changes, headResources, scope) {
    if (scope === 'changed') {
        return changes.flatMap((change) => (change.type === 'added' || change.type === 'modified') && change.head
            ? [{ resource: change.head, change }]
            : []);
    }
    const byKey = new Map(changes.filter((change) => change.head).map((change) => [change.key, change]));
    return headResources.map((resource) => {
        const change = byKey.get(resource.key);
        return change && change.head === resource ? { resource, change } : { resource };
    });
}
/** The changed files' blobs on one side, by path, read by the ids the diff names. */
async function readChanged(store, changes, side) {
    const present = changes.filter((change) => side === 'head' ? change.file.status !== 'deleted' : change.file.status !== 'added');
    const blobs = await store.read(present.map((change) => (side === 'head' ? change.newBlob : change.oldBlob)));
    return new Map(present.map((change) => side === 'head'
        ? [change.file.path, blobs.get(change.newBlob)]
        : [change.file.oldPath, blobs.get(change.oldBlob)]));
}
function parseBlobs(blobs) {
    const parsed = [];
    for (const [path, blob] of blobs) {
        if (blob && isManifestPath(path))
            parsed.push(parseManifestFile(path, blob.toString('utf8')));
    }
    return parsed;
}
/** Groups resource changes by file: the head file, or for removals the file's head path (renames) or base path. */
function groupChanges(changes, files) {
    const byOldPath = new Map(files.map((file) => [file.oldPath, file]));
    const byPath = new Map(files.map((file) => [file.path, file]));
    const groups = new Map();
    for (const change of changes) {
        if (change.type === 'unchanged')
            continue;
        const file = change.head
            ? byPath.get(change.head.file)
            : (byOldPath.get(change.base.file) ?? byPath.get(change.base.file));
        const path = file?.path ?? change.head?.file ?? change.base.file;
        let group = groups.get(path);
        if (!group) {
            group = { file: path, status: file?.status ?? 'modified', resources: [] };
            groups.set(path, group);
        }
        group.resources.push(change);
    }
    return [...groups.values()].sort((a, b) => a.file.localeCompare(b.file));
}
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
/** Audits files as they are on disk, one file at a time, so memory stays flat whatever the tree's size. */
async function runAudit(request, options, logger) {
    const root = (0,external_node_path_namespaceObject.resolve)(request.root);
    const targets = request.paths.length > 0 ? request.paths.map((path) => (0,external_node_path_namespaceObject.resolve)(path)) : [root];
    const files = [];
    for (const target of targets) {
        const info = await (0,promises_namespaceObject.stat)(target).catch(() => undefined);
        if (!info)
            throw new UserError(`no such file or directory: ${(0,external_node_path_namespaceObject.relative)(process.cwd(), target) || target}`);
        if (info.isDirectory())
            pipeline_walk(target, files);
        else
            files.push(target);
    }
    const manifests = files
        .map((absolute) => ({ absolute, path: (0,external_node_path_namespaceObject.relative)(root, absolute).split(external_node_path_namespaceObject.sep).join('/') }))
        .filter(({ path }) => isManifestPath(path) && options.pathFilter.matches(path));
    // Synchronous reads: awaiting one small file at a time costs more than the parse it waits for.
    const texts = manifests.map(({ absolute, path }) => ({ path, text: (0,external_node_fs_namespaceObject.readFileSync)(absolute, 'utf8') }));
    const lookupKinds = RULES.filter((rule) => options.rules[rule.meta.id]?.enabled !== false).flatMap((rule) => rule.meta.lookupKinds ?? []);
    const lookup = new StreamingLookup(lookupKinds, texts, parseManifestFile);
    const rendering = request.render ? await renderAtHead(root, options, logger) : EMPTY_RENDERING;
    for (const target of rendering.targets) {
        lookup.observe({
            file: target.target.anchor.file,
            kind: 'kubernetes',
            resources: target.headResources,
            problems: [],
        });
    }
    const checker = new ResourceChecker(RULES, options, lookup);
    const findings = [];
    let resourceCount = 0;
    for (const [index, { path, text }] of texts.entries()) {
        const parsed = parseManifestFile(path, text);
        lookup.observe(parsed);
        resourceCount += parsed.resources.length;
        findings.push(...parseProblemFindings(parsed.problems, options));
        checker.check(parsed.resources.map((resource) => ({ resource })));
        if (index % 200 === 199)
            logger.progress?.(index + 1, manifests.length);
        // Let rules that awaited a lookup finish now, so they do not hold their resources until the end.
        if (index % 16 === 15)
            await new Promise((resolve) => setImmediate(resolve));
    }
    lookup.finishPass();
    findings.push(...(await checker.finish()));
    findings.push(...(await checkRendered(rendering, options, lookup, findings)));
    resourceCount += rendering.targets.reduce((sum, target) => sum + target.headResources.length, 0);
    // An audit has no change to analyze: analyzers that look at the tree ask `repo` for it (and pay for it).
    findings.push(...(await runAnalyzers([...ANALYZERS, renderErrorAnalyzer(rendering.problems)], {
        mode: 'audit',
        options,
        changedFiles: [],
        changes: [],
        baseResources: [],
        headResources: [],
        repo: lookup,
        readFile: async (side, path) => side === 'head' ? (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(root, path), 'utf8').catch(() => undefined) : undefined,
        headFiles: () => Promise.resolve(files
            .map((absolute) => (0,external_node_path_namespaceObject.relative)(root, absolute).split(external_node_path_namespaceObject.sep).join('/'))
            .filter((path) => options.pathFilter.matches(path))),
    }, () => undefined)));
    await rendering.cleanup;
    return buildReport({
        mode: 'audit',
        options: { ...options, scope: 'all' },
        findings,
        changes: [],
        changedFiles: [],
        stats: { filesRead: manifests.length, resources: resourceCount },
    });
}
function pipeline_walk(directory, out) {
    const entries = (0,external_node_fs_namespaceObject.readdirSync)(directory, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
        if (entry.isDirectory()) {
            if (!SKIPPED_DIRECTORIES.has(entry.name))
                pipeline_walk((0,external_node_path_namespaceObject.join)(directory, entry.name), out);
        }
        else if (entry.isFile()) {
            out.push((0,external_node_path_namespaceObject.join)(directory, entry.name));
        }
    }
}
function buildReport(parts) {
    const findings = sortFindings(parts.findings);
    return {
        version: 1,
        mode: parts.mode,
        kubernetesVersion: formatVersion(parts.options.kubernetesVersion),
        upgradeVersion: formatVersion(parts.options.upgradeVersion),
        scope: parts.options.scope,
        ...(parts.base ? { base: parts.base } : {}),
        ...(parts.head ? { head: parts.head } : {}),
        findings,
        changes: parts.changes,
        changedFiles: parts.changedFiles,
        summary: summarize(findings),
        stats: parts.stats,
    };
}

;// CONCATENATED MODULE: ./lib/report/json.js

/** Plain data only: no functions, no parsed objects, no undefined-valued keys. */
function renderJson(report) {
    return {
        version: 1,
        mode: report.mode,
        kubernetesVersion: report.kubernetesVersion,
        upgradeVersion: report.upgradeVersion,
        scope: report.scope,
        ...(report.base !== undefined && { base: report.base }),
        ...(report.head !== undefined && { head: report.head }),
        findings: sortFindings(report.findings).map(jsonFinding),
        changes: report.changes.map((fileChanges) => ({
            file: fileChanges.file,
            status: fileChanges.status,
            ...(fileChanges.target !== undefined && { target: fileChanges.target }),
            resources: fileChanges.resources.map(jsonResourceChange),
        })),
        summary: { error: report.summary.error, warning: report.summary.warning, notice: report.summary.notice },
        stats: { filesRead: report.stats.filesRead, resources: report.stats.resources },
    };
}
function jsonRef(ref) {
    return {
        apiVersion: ref.apiVersion,
        kind: ref.kind,
        ...(ref.namespace !== undefined && { namespace: ref.namespace }),
        name: ref.name,
    };
}
function jsonFinding(finding) {
    return {
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        file: finding.file,
        line: finding.line,
        ...(finding.endLine !== undefined && { endLine: finding.endLine }),
        ...(finding.resource && { resource: jsonRef(finding.resource) }),
        helpUri: finding.helpUri,
        fingerprint: finding.fingerprint,
        ...(finding.fix && {
            fix: {
                line: finding.fix.line,
                replacement: finding.fix.replacement,
                description: finding.fix.description,
            },
        }),
    };
}
function jsonResourceChange(change) {
    const ref = (change.head ?? change.base)?.ref;
    return {
        key: change.key,
        type: change.type,
        // A change always has a side; the key is only a fallback so the shape stays valid.
        ...(ref ? jsonRef(ref) : { apiVersion: '', kind: '', name: change.key }),
        fields: change.fields.map((field) => ({
            path: field.path,
            type: field.type,
            ...(field.before !== undefined && { before: field.before }),
            ...(field.after !== undefined && { after: field.after }),
        })),
    };
}

;// CONCATENATED MODULE: ./lib/report/sarif.js

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'kubePrReview/v1';
const LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note',
};
function renderSarif(report, rules, opts) {
    const findings = sortFindings(report.findings);
    const firstByRule = new Map();
    for (const finding of findings)
        if (!firstByRule.has(finding.ruleId))
            firstByRule.set(finding.ruleId, finding);
    const descriptors = rules.map((rule) => descriptor(rule.id, rule.description, rule.defaultSeverity, helpUri(rule.id, opts, firstByRule), [
        rule.category,
    ]));
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    // A finding from a rule the caller did not list still needs a descriptor for its ruleIndex.
    for (const [id, finding] of firstByRule) {
        if (ruleIndex.has(id))
            continue;
        ruleIndex.set(id, descriptors.length);
        descriptors.push(descriptor(id, id, finding.severity, finding.helpUri, []));
    }
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'kube-pr-review',
                        version: opts.toolVersion,
                        informationUri: opts.informationUri,
                        rules: descriptors,
                    },
                },
                automationDetails: { id: 'kube-pr-review/' },
                results: findings.map((finding) => result(finding, ruleIndex.get(finding.ruleId) ?? 0)),
            },
        ],
    };
}
function helpUri(id, opts, firstByRule) {
    if (opts.helpBaseUri !== undefined) {
        const base = opts.helpBaseUri.endsWith('/') ? opts.helpBaseUri : `${opts.helpBaseUri}/`;
        return `${base}${id}.md`;
    }
    return firstByRule.get(id)?.helpUri;
}
function descriptor(id, description, severity, help, tags) {
    return {
        id,
        shortDescription: { text: description },
        ...(help !== undefined && help !== '' && { helpUri: help }),
        defaultConfiguration: { level: LEVEL[severity] },
        properties: { tags: ['kubernetes', ...tags] },
    };
}
function result(finding, ruleIndex) {
    // SARIF lines are 1-based and a region may not end before it starts.
    const startLine = Math.max(1, finding.line);
    const endLine = finding.endLine !== undefined ? Math.max(startLine, finding.endLine) : undefined;
    return {
        ruleId: finding.ruleId,
        ruleIndex,
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: fileUri(finding.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine, ...(endLine !== undefined && { endLine }) },
                },
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    };
}
/** A repo-relative path as a relative URI reference: each segment percent-encoded. */
function fileUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}

;// CONCATENATED MODULE: ./lib/cli/main.js
















const USAGE = `Usage:
  ${TOOL_NAME} review [--repo DIR] --base REF [--head REF] [options]   review a change
  ${TOOL_NAME} audit [PATH...] [options]                               audit files/trees as they are
  ${TOOL_NAME} crd-diff OLD NEW [--format text|markdown|json] [--fail-on ...]   compare CRD sets (crd-diff --help)

Options:
  --kubernetes-version X.Y   the cluster's version (default: config file, else ${NEWEST_KNOWN_RELEASE})
  --upgrade-version X.Y      the next upgrade target (default: one minor above)
  --scope changed|files|all  what a review checks (default: changed)
  --config FILE              config file (default: ${DEFAULT_CONFIG_FILE} in the repo)
  --paths GLOBS              only these paths (comma-separated globs)
  --exclude GLOBS            skip these paths (comma-separated globs)
  --helm PATH, --kubectl PATH, --kustomize PATH   binaries that render charts and overlays (default: PATH)
  --no-render                do not render Helm charts, Kustomize overlays and Argo CD/Flux releases
  --render                   audit: also render every chart, overlay and release at HEAD (a git checkout)
  --github-token TOKEN       token for reading kustomize remote resources from GitHub (default: $GITHUB_TOKEN)
  --github-api-url URL       the GitHub REST API they are read from (default: $GITHUB_API_URL, else https://api.github.com)
  --format text|markdown|json|sarif   (default: text)
  --output FILE              write the report to FILE instead of stdout
  --fail-on error|warning|notice|never   exit 1 when a finding is at or above this (default: error)
  --no-color                 plain text output
  -h, --help, --version

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or internal error.`;
const main_FORMATS = ['text', 'markdown', 'json', 'sarif'];
/** Runs the CLI and returns its exit code. */
async function runCli(argv, io) {
    try {
        return await run(argv, io);
    }
    catch (error) {
        const message = error instanceof UserError ? error.message : `internal error: ${errorMessage(error)}`;
        io.stderr.write(`${TOOL_NAME}: ${message}\n`);
        if (!(error instanceof UserError) && io.env.KUBE_PR_REVIEW_DEBUG && error instanceof Error) {
            io.stderr.write(`${error.stack ?? ''}\n`);
        }
        return 2;
    }
}
async function run(argv, io) {
    if (argv[0] === 'crd-diff')
        return runCrdDiff(argv.slice(1), io);
    const { values, positionals } = parseCliArgs(argv);
    if (values.help) {
        io.stdout.write(`${USAGE}\n`);
        return 0;
    }
    if (values.version) {
        io.stdout.write(`${TOOL_VERSION}\n`);
        return 0;
    }
    const [command, ...rest] = positionals;
    if (command !== 'review' && command !== 'audit') {
        throw new UserError(command ? `unknown command '${command}'\n${USAGE}` : USAGE);
    }
    const format = (values.format ?? 'text');
    if (!main_FORMATS.includes(format))
        throw new UserError(`--format must be one of ${main_FORMATS.join(', ')}, got '${format}'`);
    const repo = (0,external_node_path_namespaceObject.resolve)(io.cwd, values.repo ?? '.');
    const raw = {
        ...(values['kubernetes-version'] ? { kubernetesVersion: values['kubernetes-version'] } : {}),
        ...(values['upgrade-version'] ? { upgradeVersion: values['upgrade-version'] } : {}),
        ...(values.scope ? { scope: values.scope } : {}),
        ...(values['fail-on'] ? { failOn: values['fail-on'] } : {}),
        paths: splitGlobs(values.paths),
        exclude: splitGlobs(values.exclude),
        ...(values.helm ? { helm: (0,external_node_path_namespaceObject.resolve)(io.cwd, values.helm) } : {}),
        ...(values.kubectl ? { kubectl: (0,external_node_path_namespaceObject.resolve)(io.cwd, values.kubectl) } : {}),
        ...(values.kustomize ? { kustomize: (0,external_node_path_namespaceObject.resolve)(io.cwd, values.kustomize) } : {}),
        ...(values['no-render'] ? { render: false } : {}),
        ...githubAccess(values['github-token'], values['github-api-url'], io.env),
    };
    const logger = cliLogger(io);
    let report;
    let options;
    if (command === 'review') {
        if (rest.length > 0)
            throw new UserError(`review takes no positional arguments, got '${rest.join(' ')}'`);
        if (!values.base)
            throw new UserError('review needs --base REF');
        const head = values.head ?? 'HEAD';
        const config = await loadConfig(values.config ? (0,external_node_path_namespaceObject.resolve)(io.cwd, values.config) : undefined, () => readTextAt(repo, head, DEFAULT_CONFIG_FILE));
        options = resolveOptions(raw, config, NEWEST_KNOWN_RELEASE);
        report = await runReview({ repo, base: values.base, head }, options, logger);
    }
    else {
        if (values.base || values.head)
            throw new UserError('audit takes no --base/--head: use review');
        const root = values.repo ? repo : io.cwd;
        const config = await loadConfig(values.config ? (0,external_node_path_namespaceObject.resolve)(io.cwd, values.config) : undefined, () => (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.resolve)(root, DEFAULT_CONFIG_FILE), 'utf8').catch(() => undefined));
        options = resolveOptions(raw, config, NEWEST_KNOWN_RELEASE);
        report = await runAudit({ root, paths: rest.map((path) => (0,external_node_path_namespaceObject.resolve)(io.cwd, path)), render: values.render === true }, options, logger);
    }
    if (io.stderr.isTTY)
        io.stderr.write('\r\x1b[K');
    const color = format === 'text' && !values.output && !values['no-color'] && !!io.stdout.isTTY && !io.env.NO_COLOR;
    const output = formatReport(report, format, color);
    if (values.output)
        await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.resolve)(io.cwd, values.output), output);
    else
        io.stdout.write(output);
    return exceedsFailOn(report.summary, options.failOn) ? 1 : 0;
}
function formatReport(report, format, color) {
    switch (format) {
        case 'json':
            return `${JSON.stringify(renderJson(report), null, 2)}\n`;
        case 'sarif':
            return `${JSON.stringify(renderSarif(report, RULE_METAS, { toolVersion: TOOL_VERSION, informationUri: HOMEPAGE }), null, 2)}\n`;
        case 'markdown':
            return `${renderMarkdown(report)}\n`;
        case 'text':
            return `${renderText(report, { color })}\n`;
    }
}
function parseCliArgs(argv) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                repo: { type: 'string' },
                base: { type: 'string' },
                head: { type: 'string' },
                'kubernetes-version': { type: 'string' },
                'upgrade-version': { type: 'string' },
                scope: { type: 'string' },
                config: { type: 'string' },
                paths: { type: 'string' },
                exclude: { type: 'string' },
                format: { type: 'string' },
                output: { type: 'string', short: 'o' },
                'fail-on': { type: 'string' },
                'no-color': { type: 'boolean' },
                helm: { type: 'string' },
                kubectl: { type: 'string' },
                kustomize: { type: 'string' },
                'no-render': { type: 'boolean' },
                render: { type: 'boolean' },
                'github-token': { type: 'string' },
                'github-api-url': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' },
            },
        });
    }
    catch (error) {
        throw new UserError(`${errorMessage(error)}\n${USAGE}`);
    }
}
/** The token and API URL for kustomize remote resources: flags, else the environment. */
function githubAccess(token, apiUrl, env) {
    const githubToken = token || env.GITHUB_TOKEN;
    const githubApiUrl = apiUrl || env.GITHUB_API_URL;
    return { ...(githubToken && { githubToken }), ...(githubApiUrl && { githubApiUrl }) };
}
function splitGlobs(value) {
    return (value ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** An explicit --config must exist; the default file is optional. */
async function loadConfig(explicitPath, readDefault) {
    if (explicitPath) {
        const text = await (0,promises_namespaceObject.readFile)(explicitPath, 'utf8').catch(() => {
            throw new UserError(`cannot read config file ${explicitPath}`);
        });
        return parseRepoConfig(text, explicitPath, RULE_IDS);
    }
    const text = await readDefault();
    return text === undefined ? EMPTY_CONFIG : parseRepoConfig(text, DEFAULT_CONFIG_FILE, RULE_IDS);
}
function cliLogger(io) {
    return {
        info: () => { },
        warning: (message) => io.stderr.write(`${TOOL_NAME}: warning: ${message}\n`),
        progress: (done, total) => {
            if (io.stderr.isTTY)
                io.stderr.write(`\r\x1b[Kreading files: ${done}/${total}`);
        },
    };
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9069);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
