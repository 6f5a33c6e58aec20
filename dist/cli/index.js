#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = Symbol.for("yaml.alias");
    var DOC = Symbol.for("yaml.document");
    var MAP = Symbol.for("yaml.map");
    var PAIR = Symbol.for("yaml.pair");
    var SCALAR = Symbol.for("yaml.scalar");
    var SEQ = Symbol.for("yaml.seq");
    var NODE_TYPE = Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar5(node) || isCollection(node)) && !!node.anchor;
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
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar5;
    exports.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
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
      if (typeof visitor === "function")
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
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
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
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
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
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
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
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor2) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor2)) {
        const sa = JSON.stringify(anchor2);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor2 = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor2);
          return anchor2;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
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
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
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
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
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
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
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
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor2 = anchors2 && source && anchors2.get(source);
        return anchor2 ? anchor2.count * anchor2.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
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
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
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
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
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
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
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
          else if (node === void 0 && this.schema)
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
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
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
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
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
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
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
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
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
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
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
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header3 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header3 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header3}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header3}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
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
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor2 = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor2 && anchors.anchorIsValid(anchor2)) {
        anchors$1.add(anchor2);
        props.push(`&${anchor2}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
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
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
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
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
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
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
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
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
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
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
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
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
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
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
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
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
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
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
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
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
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
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
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
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
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
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
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
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
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
        return typeof idx === "number" && idx < this.items.length;
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
        if (typeof idx !== "number")
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
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
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
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
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
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
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
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
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
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
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
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
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
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
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
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
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
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
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
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
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
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
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
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
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
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
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
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
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
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor2 = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor2 || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor2)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor2 = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor2 || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor: anchor2,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
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
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
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
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
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
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
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
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor: anchor2, newlineAfterProp: nl } = props;
        const lastProp = anchor2 && tagToken ? anchor2.offset > tagToken.offset ? anchor2 : tagToken : anchor2 ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header3 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header3)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header3.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header3.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header3.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header3.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header3.indent;
      let offset = scalar.offset + header3.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header3.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header3.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header3.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header3.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header3.length + scalar.source.length;
      return { value, type, comment: header3.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
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
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
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
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
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
      if (tagName === "!")
        return schema[identity.SCALAR];
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
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor: anchor2, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor2 || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor2)
            node.anchor = anchor2.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor2)
              node.anchor = anchor2.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor2 && node.anchor === "")
        onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor: anchor2, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor2) {
        node.anchor = anchor2.source.substring(1);
        if (node.anchor === "")
          onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
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
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
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
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
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
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header3 = token.props[0];
            if (header3.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header3.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header3 = token.props[0];
        if (header3.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header3.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
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
    exports.isScalar = isScalar5;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
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
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
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
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
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
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
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
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
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
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
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
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
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
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
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
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter5 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
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
    };
    exports.LineCounter = LineCounter5;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
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
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
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
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
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
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
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
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
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
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
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
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
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
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
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
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
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
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
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
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
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
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument8(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument8(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments3;
    exports.parseDocument = parseDocument8;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// lib/cli/main.js
import { readFile as readFile5, writeFile as writeFile4 } from "node:fs/promises";
import { resolve as resolve5 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// lib/config/config.js
var import_yaml3 = __toESM(require_dist(), 1);

// lib/collect/paths.js
import { posix } from "node:path";
function joinRepoPath(dir, relative5) {
  if (relative5 === "" || relative5.startsWith("/") || relative5.includes("\0") || /^[a-zA-Z]:[\\/]/.test(relative5)) {
    return void 0;
  }
  const joined = posix.normalize(posix.join(dir === "" ? "." : dir, relative5.replace(/\\/g, "/")));
  if (joined === ".." || joined.startsWith("../"))
    return void 0;
  const trimmed = joined.replace(/\/$/, "");
  return trimmed === "." ? "" : trimmed;
}
function repoPath(path) {
  return joinRepoPath("", path);
}
function isUnder(path, prefix) {
  return prefix === "" || path === prefix || path.startsWith(`${prefix}/`);
}
function dirOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function isRemoteReference(reference) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(reference) || /^git@/.test(reference) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(reference) || /\?(ref|version|submodules|timeout)=/.test(reference);
}

// lib/collect/repo-identity.js
function normalizeRepoUrl(url) {
  const trimmed = url.trim();
  let hostAndPath;
  const withScheme = /^(?:https?|ssh|git|git\+ssh):\/\/(?:[^@/]+@)?([^/]+)\/(.+)$/i.exec(trimmed);
  const scpLike = /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.+)$/.exec(trimmed);
  if (withScheme)
    hostAndPath = `${withScheme[1].replace(/:(22|443|80)$/, "")}/${withScheme[2]}`;
  else if (scpLike && !/^[a-z]+$/i.test(scpLike[2]))
    hostAndPath = `${scpLike[1]}/${scpLike[2]}`;
  else
    return void 0;
  const normalized = hostAndPath.toLowerCase().replace(/\/+$/, "").replace(/\.git$/, "").replace(/\/+$/, "");
  return normalized.includes("/") ? normalized : void 0;
}
var RepoIdentity = class {
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
    return normalized !== void 0 && this.urls.has(normalized);
  }
};
var ANY_REPOSITORY = new RepoIdentity([]);

// lib/collect/yaml-data.js
var import_yaml2 = __toESM(require_dist(), 1);

// lib/parse/parse.js
var import_yaml = __toESM(require_dist(), 1);

// lib/parse/resource-key.js
function apiGroup(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? "" : apiVersion.slice(0, slash);
}
function apiVersionOnly(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? apiVersion : apiVersion.slice(slash + 1);
}
function resourceKey(ref) {
  return `${apiGroup(ref.apiVersion)}/${ref.kind}/${ref.namespace ?? ""}/${ref.name}`;
}
function describeResource(ref) {
  return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ""}${ref.name}`;
}

// lib/parse/yaml-options.js
var FLOAT_TAG = "tag:yaml.org,2002:float";
var PLAIN_FLOAT = /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/;
function isScalarTag(tag) {
  return typeof tag === "object" && "test" in tag;
}
function kubernetesTags(tags) {
  return tags.filter((tag) => !(isScalarTag(tag) && tag.format === "TIME") && tag !== "floatTime" && tag !== "intTime").map((tag) => isScalarTag(tag) && tag.tag === FLOAT_TAG && !tag.format && tag.test?.source.endsWith("\\.[0-9_]*$") ? { ...tag, test: PLAIN_FLOAT } : tag);
}
var KUBERNETES_YAML = {
  version: "1.1",
  customTags: kubernetesTags
};

// lib/parse/parse.js
var MAX_FILE_BYTES = 16 * 1024 * 1024;
var MAX_ALIAS_COUNT = 1e3;
var IGNORE_MARKER = "kube-pr-review:";
var IGNORE_COMMENT = /#\s*kube-pr-review:\s*ignore\b([^\n]*)/g;
var NON_RESOURCE_FILE = /(^|\/)(Chart\.ya?ml|Chart\.lock|values[^/]*\.ya?ml|kustomization\.ya?ml|Kustomization|\.kube-pr-review\.ya?ml|\.pre-commit-config\.ya?ml|docker-compose[^/]*\.ya?ml|compose\.ya?ml|mkdocs\.ya?ml)$/;
var CI_FILE = /(^|\/)\.github\/|(^|\/)\.gitlab-ci\.ya?ml$/;
var HELM_TEMPLATE_DIR = /(^|\/)templates\//;
var TOOL_CONFIG_API = /^(kustomize\.config\.k8s\.io|config\.kubernetes\.io|kpt\.dev)\//;
function isManifestPath(path) {
  return /\.(ya?ml|json)$/i.test(path);
}
function parseManifestFile(file, text) {
  const result2 = { file, kind: "empty", resources: [], problems: [] };
  if (NON_RESOURCE_FILE.test(file) || CI_FILE.test(file)) {
    result2.kind = "other";
    return result2;
  }
  if (text.length > MAX_FILE_BYTES) {
    return broken(result2, 1, `file is too large to review (${text.length} bytes, limit ${MAX_FILE_BYTES})`);
  }
  if (text.includes("\0")) {
    return broken(result2, 1, "file is binary (contains NUL bytes), not YAML");
  }
  if (file.toLowerCase().endsWith(".json") && !(text.includes('"apiVersion"') && text.includes('"kind"'))) {
    result2.kind = "other";
    return result2;
  }
  const isTemplate = text.includes("{{");
  if (isTemplate && HELM_TEMPLATE_DIR.test(file)) {
    result2.kind = "template";
    return result2;
  }
  const lineCounter = new import_yaml.LineCounter();
  const docs = (0, import_yaml.parseAllDocuments)(text, { ...KUBERNETES_YAML, lineCounter, uniqueKeys: true });
  const documents = Array.isArray(docs) ? docs : [];
  const hasIgnoreComments = text.includes(IGNORE_MARKER);
  let sawOther = false;
  for (const [docIndex, doc] of documents.entries()) {
    if (doc.errors.length > 0) {
      if (isTemplate) {
        result2.kind = "template";
        return { ...result2, resources: [], problems: [] };
      }
      const error = doc.errors[0];
      const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
      result2.problems.push({ file, line, message: `invalid YAML: ${firstLine(error.message)}` });
      continue;
    }
    const contents = doc.contents;
    if (contents === null || (0, import_yaml.isScalar)(contents) && contents.value === null)
      continue;
    if (!(0, import_yaml.isMap)(contents) || !looksLikeKubernetes(contents)) {
      sawOther = true;
      continue;
    }
    let object;
    try {
      object = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      result2.problems.push({
        file,
        line: lineOf(lineCounter, contents),
        message: `YAML could not be loaded: ${firstLine(error instanceof Error ? error.message : String(error))}`
      });
      continue;
    }
    const documentStart = docIndex === 0 ? 0 : documents[docIndex - 1]?.range[2] ?? 0;
    const ignoredRules = hasIgnoreComments ? ignoredRulesIn(text.slice(documentStart, doc.range[2])) : EMPTY_SET;
    const kubeObject = object;
    if (TOOL_CONFIG_API.test(kubeObject.apiVersion)) {
      sawOther = true;
      continue;
    }
    const items = listItems(kubeObject, contents);
    if (items) {
      items.forEach(({ object: item, node }, itemIndex) => result2.resources.push(makeResource(file, item, node, lineCounter, ignoredRules, `${docIndex}.${itemIndex}`, true)));
    } else {
      result2.resources.push(makeResource(file, kubeObject, contents, lineCounter, ignoredRules, `${docIndex}`));
    }
  }
  if (result2.problems.length > 0)
    result2.kind = "broken";
  else if (result2.resources.length > 0)
    result2.kind = "kubernetes";
  else if (sawOther)
    result2.kind = "other";
  return result2;
}
var EMPTY_SET = /* @__PURE__ */ new Set();
function broken(result2, line, message) {
  result2.kind = "broken";
  result2.problems.push({ file: result2.file, line, message });
  return result2;
}
function firstLine(message) {
  return message.split("\n")[0].trim();
}
function looksLikeKubernetes(map) {
  const apiVersion = map.get("apiVersion");
  const kind = map.get("kind");
  return typeof apiVersion === "string" && typeof kind === "string" && apiVersion !== "" && kind !== "";
}
function listItems(object, node) {
  if (!object.kind.endsWith("List") || !Array.isArray(object.items))
    return void 0;
  const itemsNode = node.get("items", true);
  if (!(0, import_yaml.isSeq)(itemsNode))
    return void 0;
  const items = [];
  object.items.forEach((item, index) => {
    const itemNode = itemsNode.items[index];
    if ((0, import_yaml.isMap)(itemNode) && looksLikeKubernetes(itemNode))
      items.push({ object: item, node: itemNode });
  });
  return items;
}
function makeResource(file, object, node, lineCounter, ignoredRules, position, listItem = false) {
  const metadata = typeof object.metadata === "object" && object.metadata !== null ? object.metadata : {};
  const name = typeof metadata.name === "string" ? metadata.name : `(unnamed #${position} in ${file})`;
  const namespace = typeof metadata.namespace === "string" ? metadata.namespace : void 0;
  const ref = { apiVersion: object.apiVersion, kind: object.kind, name, ...namespace ? { namespace } : {} };
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
    ...listItem ? { listItem } : {}
  };
}
function lineOf(lineCounter, node) {
  return lineCounter.linePos(node?.range?.[0] ?? 0).line;
}
function lineOfPath(root, path, lineCounter) {
  let node = root;
  let line = lineOf(lineCounter, root);
  for (const segment of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && item.key.value === segment);
      if (!pair)
        break;
      line = lineOf(lineCounter, pair.key);
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (!item)
        break;
      line = lineOf(lineCounter, item);
      node = item;
    } else {
      break;
    }
  }
  return line;
}
function ignoredRulesIn(documentText) {
  if (!documentText.includes(IGNORE_MARKER))
    return EMPTY_SET;
  const rules = /* @__PURE__ */ new Set();
  for (const match of documentText.matchAll(IGNORE_COMMENT)) {
    const ids = (match[1] ?? "").split(/[\s,]+/).filter((id) => /^[a-z0-9-]+$/.test(id));
    if (ids.length === 0)
      rules.add("*");
    ids.forEach((id) => rules.add(id));
  }
  return rules;
}

// lib/collect/yaml-data.js
function asString(value) {
  if (typeof value === "string")
    return value;
  if (typeof value === "number" || typeof value === "boolean")
    return String(value);
  return void 0;
}
function parseYamlWithLines(text) {
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { ...KUBERNETES_YAML, lineCounter, uniqueKeys: false });
  if (doc.errors.length > 0)
    return void 0;
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return void 0;
  }
  return { data, lineOf: (path) => lineOfPath(doc.contents, path, lineCounter) };
}

// lib/diff/ignore-fields.js
var DEFAULT_IGNORE_FIELDS = [
  '**.labels["helm.sh/chart"]',
  "**.labels.chart",
  '**.labels["app.kubernetes.io/version"]',
  '**.annotations["checksum/*"]'
];
function compileFieldMatcher(patterns) {
  const compiled = patterns.map((pattern) => {
    const tokens = parsePattern(pattern);
    if (typeof tokens === "string")
      throw new Error(`'${pattern}' ${tokens}`);
    return tokens;
  });
  return {
    patterns,
    matches: (path) => compiled.some((tokens) => matchTokens(tokens, 0, path, 0))
  };
}
var NO_IGNORED_FIELDS = { patterns: [], matches: () => false };
function parsePattern(pattern) {
  const tokens = [];
  let i = 0;
  const text = pattern.trim();
  if (text === "")
    return "is empty";
  while (i < text.length) {
    const char = text[i];
    if (char === ".") {
      if (i === 0 || text[i + 1] === "." || i === text.length - 1)
        return `has an empty segment at ${i + 1}`;
      i++;
      continue;
    }
    if (char === "[") {
      const close = findClose(text, i);
      if (close === -1)
        return `has an unclosed '[' at ${i + 1}`;
      const inner = text.slice(i + 1, close).trim();
      i = close + 1;
      if (inner === "*")
        tokens.push({ kind: "index", index: void 0 });
      else if (/^\d+$/.test(inner))
        tokens.push({ kind: "index", index: Number(inner) });
      else if (/^(".*"|'.*')$/.test(inner))
        tokens.push({ kind: "key", pattern: globPattern(unquote(inner)) });
      else
        return `has '[${inner}]': use [N], [*] or ["key"]`;
      continue;
    }
    let end = i;
    while (end < text.length && text[end] !== "." && text[end] !== "[")
      end++;
    const segment = text.slice(i, end);
    i = end;
    if (segment === "**")
      tokens.push({ kind: "globstar" });
    else if (segment === "*")
      tokens.push({ kind: "any" });
    else
      tokens.push({ kind: "key", pattern: globPattern(segment) });
  }
  return tokens;
}
function findClose(text, open) {
  const quote2 = text[open + 1];
  if (quote2 === '"' || quote2 === "'") {
    const end = text.indexOf(quote2, open + 2);
    return end === -1 || text[end + 1] !== "]" ? -1 : end + 1;
  }
  return text.indexOf("]", open);
}
function unquote(text) {
  return text.slice(1, -1);
}
function globPattern(glob) {
  const source = glob.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, "\\$&")).join(".*");
  return new RegExp(`^${source}$`);
}
function matchTokens(tokens, t, path, p) {
  if (t === tokens.length)
    return true;
  const token = tokens[t];
  if (token.kind === "globstar") {
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
    case "any":
      break;
    case "index":
      if (typeof segment !== "number" || token.index !== void 0 && token.index !== segment)
        return false;
      break;
    case "key":
      if (typeof segment !== "string" || !token.pattern.test(segment))
        return false;
      break;
  }
  return matchTokens(tokens, t + 1, path, p + 1);
}

// lib/errors.js
var UserError = class extends Error {
  constructor(message) {
    super(message);
    this.name = new.target.name;
  }
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// lib/kube-version.js
var VERSION_PATTERN = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+].*)?$/;
function parseKubeVersion(text) {
  const match = VERSION_PATTERN.exec(text.trim());
  if (!match)
    return void 0;
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
function atLeast(a, b) {
  return compareVersions(a, b) >= 0;
}

// lib/model.js
var SEVERITIES = ["error", "warning", "notice"];
var FAIL_ON_LEVELS = ["error", "warning", "notice", "never"];
var SCOPES = ["changed", "files", "all"];

// lib/util/glob.js
function globToRegExp(pattern) {
  let glob = pattern.trim().replace(/^\.\//, "");
  if (glob.endsWith("/"))
    glob += "**";
  const anchored = glob.includes("/");
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === "*") {
      if (glob[i + 1] === "*") {
        const slashAfter = glob[i + 2] === "/";
        source += slashAfter ? "(?:.*/)?" : ".*";
        i += slashAfter ? 2 : 1;
      } else {
        source += "[^/]*";
      }
    } else if (char === "?") {
      source += "[^/]";
    } else if (char === "{") {
      const close = glob.indexOf("}", i);
      if (close === -1) {
        source += "\\{";
        continue;
      }
      const options = glob.slice(i + 1, close).split(",").map(escapeRegExp);
      source += `(?:${options.join("|")})`;
      i = close;
    } else {
      source += escapeRegExp(char);
    }
  }
  return new RegExp(anchored ? `^${source}(?:/.*)?$` : `(?:^|/)${source}(?:/.*)?$`);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
var PathFilter = class {
  include;
  exclude;
  constructor(include, exclude) {
    this.include = include.filter((p) => p.trim() !== "").map(globToRegExp);
    this.exclude = exclude.filter((p) => p.trim() !== "").map(globToRegExp);
  }
  matches(path) {
    if (this.include.length > 0 && !this.include.some((re) => re.test(path)))
      return false;
    return !this.exclude.some((re) => re.test(path));
  }
};
function nameMatches(pattern, value) {
  const source = pattern.split("").map((c) => c === "*" ? ".*" : c === "?" ? "." : escapeRegExp(c)).join("");
  return new RegExp(`^${source}$`).test(value);
}

// lib/util/objects.js
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asRecord(value) {
  return isRecord(value) ? value : {};
}
function asList(value) {
  return Array.isArray(value) ? value : [];
}

// lib/config/config.js
var DEFAULT_CONFIG_FILE = ".kube-pr-review.yaml";
var DEFAULT_RENDER_TIMEOUT_SECONDS = 120;
var EMPTY_CONFIG = { paths: [], exclude: [], rules: {}, ignore: [] };
var TOP_LEVEL_KEYS = [
  "kubernetesVersion",
  "upgradeVersion",
  "failOn",
  "scope",
  "paths",
  "exclude",
  "rules",
  "ignore",
  "releases",
  "render",
  "diff"
];
var RELEASE_KEYS = ["name", "namespace", "chart", "repo", "version", "valuesFiles", "values"];
var RENDER_KEYS = ["enabled", "timeoutSeconds", "apiVersions", "repoURLs"];
var DIFF_KEYS = ["ignoreFields", "defaultIgnoreFields"];
var IGNORE_KEYS = ["rules", "kind", "name", "namespace", "path"];
function parseRepoConfig(text, source, knownRules) {
  let data;
  let document;
  try {
    document = (0, import_yaml3.parseDocument)(text);
    if (document.errors[0])
      throw document.errors[0];
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new UserError(`${source}: invalid YAML: ${error.message.split("\n")[0]}`);
  }
  const written = (key) => {
    const node = document.get(key, true);
    if ((0, import_yaml3.isScalar)(node) && typeof node.value === "number" && node.source)
      return node.source;
    return data[key];
  };
  if (data === null || data === void 0)
    return { ...EMPTY_CONFIG };
  const fail = (message) => {
    throw new UserError(`${source}: ${message}`);
  };
  if (!isRecord(data))
    return fail("must be a YAML mapping");
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL_KEYS.includes(key))
      fail(`unknown key '${key}' (known keys: ${TOP_LEVEL_KEYS.join(", ")})`);
  }
  const config = { ...EMPTY_CONFIG, paths: [], exclude: [], rules: {}, ignore: [] };
  if (data.kubernetesVersion !== void 0) {
    config.kubernetesVersion = versionField(written("kubernetesVersion"), "kubernetesVersion", fail);
  }
  if (data.upgradeVersion !== void 0) {
    config.upgradeVersion = versionField(written("upgradeVersion"), "upgradeVersion", fail);
  }
  if (data.failOn !== void 0)
    config.failOn = enumField(data.failOn, "failOn", FAIL_ON_LEVELS, fail);
  if (data.scope !== void 0)
    config.scope = enumField(data.scope, "scope", SCOPES, fail);
  config.paths = stringList(data.paths, "paths", fail);
  config.exclude = stringList(data.exclude, "exclude", fail);
  if (data.rules !== void 0) {
    if (!isRecord(data.rules))
      fail(`'rules' must map rule ids to off, on, error, warning or notice`);
    for (const [id, value] of Object.entries(data.rules)) {
      if (!knownRules.includes(id))
        fail(`unknown rule '${id}' in 'rules' (known rules: ${knownRules.join(", ")})`);
      config.rules[id] = ruleSetting(value, id, fail);
    }
  }
  if (data.ignore !== void 0) {
    if (!Array.isArray(data.ignore))
      fail(`'ignore' must be a list of {rules, kind, name, namespace, path}`);
    data.ignore.forEach((entry, index) => {
      const where2 = `ignore[${index}]`;
      if (!isRecord(entry))
        return fail(`${where2} must be a mapping`);
      for (const key of Object.keys(entry)) {
        if (!IGNORE_KEYS.includes(key))
          fail(`unknown key '${key}' in ${where2} (known keys: ${IGNORE_KEYS.join(", ")})`);
      }
      const ignore = {};
      if (entry.rules !== void 0) {
        ignore.rules = stringList(entry.rules, `${where2}.rules`, fail);
        for (const id of ignore.rules)
          if (!knownRules.includes(id))
            fail(`unknown rule '${id}' in ${where2}.rules`);
      }
      for (const key of ["kind", "name", "namespace", "path"]) {
        if (entry[key] === void 0)
          continue;
        if (typeof entry[key] !== "string")
          fail(`${where2}.${key} must be a string`);
        ignore[key] = entry[key];
      }
      if (Object.keys(ignore).length === 0)
        fail(`${where2} is empty: it would ignore everything`);
      config.ignore.push(ignore);
    });
  }
  if (data.releases !== void 0)
    config.releases = parseReleases(data.releases, text, fail);
  if (data.render !== void 0)
    config.render = parseRender(data.render, fail);
  if (data.diff !== void 0)
    config.diff = parseDiff(data.diff, fail);
  return config;
}
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function parseReleases(value, text, fail) {
  if (!Array.isArray(value)) {
    return fail(`'releases' must be a list of {name, chart, repo, version, namespace, valuesFiles, values}`);
  }
  const lines = parseYamlWithLines(text);
  const lineOf2 = (...path) => lines?.lineOf(["releases", ...path]) ?? 1;
  const names = /* @__PURE__ */ new Set();
  return value.map((entry, index) => {
    const where2 = `releases[${index}]`;
    if (!isRecord(entry))
      return fail(`${where2} must be a mapping`);
    for (const key of Object.keys(entry)) {
      if (!RELEASE_KEYS.includes(key))
        fail(`unknown key '${key}' in ${where2} (known keys: ${RELEASE_KEYS.join(", ")})`);
    }
    const name = entry.name;
    if (typeof name !== "string" || !DNS_LABEL.test(name) || name.length > 53) {
      fail(`${where2}.name must be a release name (lowercase letters, digits and '-', at most 53), got '${String(name)}'`);
    }
    if (names.has(name))
      fail(`${where2}.name '${String(name)}' is declared twice`);
    names.add(name);
    if (typeof entry.chart !== "string" || entry.chart === "")
      fail(`${where2}.chart must be a chart path or name`);
    const release = {
      name,
      chart: entry.chart,
      valuesFiles: [],
      line: lineOf2(index),
      endLine: lines ? Math.max(lineOf2(index), ...Object.keys(entry).map((key) => lineOf2(index, key))) : 1,
      chartLine: lineOf2(index, "chart"),
      valuesFileLines: []
    };
    if (entry.namespace !== void 0) {
      if (typeof entry.namespace !== "string" || !DNS_LABEL.test(entry.namespace))
        fail(`${where2}.namespace must be a namespace name, got '${String(entry.namespace)}'`);
      release.namespace = entry.namespace;
    }
    if (entry.repo !== void 0) {
      if (typeof entry.repo !== "string" || !/^(https?|oci):\/\/[^\s]+$/.test(entry.repo))
        fail(`${where2}.repo must be an http://, https:// or oci:// URL, got '${String(entry.repo)}'`);
      release.repo = entry.repo;
    }
    if (entry.version !== void 0) {
      if (typeof entry.version !== "string" && typeof entry.version !== "number")
        fail(`${where2}.version must be a chart version like '1.2.3'`);
      release.version = String(entry.version);
      release.versionLine = lineOf2(index, "version");
    }
    const remote2 = release.repo !== void 0 || release.chart.startsWith("oci://");
    if (remote2 && release.version === void 0) {
      fail(`${where2}.version is required for a chart from a repository (a review must render a fixed version)`);
    }
    if (!remote2) {
      const path = repoPath(release.chart);
      if (path === void 0 || /^[a-z][a-z0-9+.-]*:\/\//i.test(release.chart)) {
        fail(`${where2}.chart '${release.chart}' must be a directory inside the repository, or a chart name with 'repo'`);
      }
      release.chart = path;
    }
    stringList(entry.valuesFiles, `${where2}.valuesFiles`, fail).forEach((file, i) => {
      const path = repoPath(file);
      if (path === void 0 || path === "")
        fail(`${where2}.valuesFiles[${i}] '${file}' is outside the repository`);
      release.valuesFiles.push(path);
      release.valuesFileLines.push(lineOf2(index, "valuesFiles", i));
    });
    if (entry.values !== void 0) {
      if (!isRecord(entry.values))
        fail(`${where2}.values must be a mapping of Helm values`);
      release.values = entry.values;
      release.valuesLine = lineOf2(index, "values");
    }
    return release;
  });
}
function parseRender(value, fail) {
  if (!isRecord(value))
    return fail(`'render' must be a mapping (keys: ${RENDER_KEYS.join(", ")})`);
  for (const key of Object.keys(value)) {
    if (!RENDER_KEYS.includes(key))
      fail(`unknown key '${key}' in render (known keys: ${RENDER_KEYS.join(", ")})`);
  }
  const render2 = {};
  if (value.enabled !== void 0) {
    if (typeof value.enabled !== "boolean")
      fail(`render.enabled must be true or false`);
    render2.enabled = value.enabled;
  }
  if (value.timeoutSeconds !== void 0) {
    const seconds = value.timeoutSeconds;
    if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds <= 0 || seconds > 3600)
      fail(`render.timeoutSeconds must be a number of seconds between 1 and 3600, got '${String(seconds)}'`);
    render2.timeoutSeconds = seconds;
  }
  if (value.apiVersions !== void 0) {
    render2.apiVersions = stringList(value.apiVersions, "render.apiVersions", fail);
    for (const version of render2.apiVersions) {
      if (!/^([a-z0-9.-]+\/)?v[0-9a-z]+(\/[A-Za-z]+)?$/.test(version))
        fail(`render.apiVersions: '${version}' is not an API version like 'monitoring.coreos.com/v1'`);
    }
  }
  if (value.repoURLs !== void 0) {
    render2.repoURLs = stringList(value.repoURLs, "render.repoURLs", fail);
    for (const url of render2.repoURLs) {
      if (normalizeRepoUrl(url) === void 0)
        fail(`render.repoURLs: '${url}' is not a git URL like 'https://github.com/org/repo.git'`);
    }
  }
  return render2;
}
function parseDiff(value, fail) {
  if (!isRecord(value))
    return fail(`'diff' must be a mapping (keys: ${DIFF_KEYS.join(", ")})`);
  for (const key of Object.keys(value)) {
    if (!DIFF_KEYS.includes(key))
      fail(`unknown key '${key}' in diff (known keys: ${DIFF_KEYS.join(", ")})`);
  }
  const diff = {
    ignoreFields: stringList(value.ignoreFields, "diff.ignoreFields", fail),
    defaultIgnoreFields: true
  };
  if (value.defaultIgnoreFields !== void 0) {
    if (typeof value.defaultIgnoreFields !== "boolean")
      fail(`diff.defaultIgnoreFields must be true or false`);
    diff.defaultIgnoreFields = value.defaultIgnoreFields;
  }
  try {
    compileFieldMatcher(diff.ignoreFields);
  } catch (error) {
    fail(`diff.ignoreFields: ${error.message}`);
  }
  return diff;
}
function ignoredFields(config) {
  const patterns = [
    ...config.diff?.defaultIgnoreFields === false ? [] : DEFAULT_IGNORE_FIELDS,
    ...config.diff?.ignoreFields ?? []
  ];
  return patterns.length === 0 ? NO_IGNORED_FIELDS : compileFieldMatcher(patterns);
}
function resolveOptions(raw, config, newestKnownRelease) {
  const kubernetesVersion = raw.kubernetesVersion ? versionField(raw.kubernetesVersion, "kubernetes-version", failInput) : config.kubernetesVersion ?? parseKubeVersion(newestKnownRelease);
  const upgradeVersion = raw.upgradeVersion ? versionField(raw.upgradeVersion, "upgrade-version", failInput) : config.upgradeVersion ?? nextMinor(kubernetesVersion);
  if (compareVersions(upgradeVersion, kubernetesVersion) < 0) {
    failInput(`upgrade-version ${formatVersion(upgradeVersion)} is older than kubernetes-version ${formatVersion(kubernetesVersion)}`);
  }
  return {
    kubernetesVersion,
    upgradeVersion,
    scope: raw.scope ? enumField(raw.scope, "scope", SCOPES, failInput) : config.scope ?? "changed",
    failOn: raw.failOn ? enumField(raw.failOn, "fail-on", FAIL_ON_LEVELS, failInput) : config.failOn ?? "error",
    pathFilter: new PathFilter([...config.paths, ...raw.paths ?? []], [...config.exclude, ...raw.exclude ?? []]),
    rules: config.rules,
    ignore: config.ignore,
    render: {
      enabled: raw.render !== false && config.render?.enabled !== false,
      timeoutMs: (config.render?.timeoutSeconds ?? DEFAULT_RENDER_TIMEOUT_SECONDS) * 1e3,
      apiVersions: config.render?.apiVersions ?? [],
      ...raw.helm ? { helmPath: raw.helm } : {},
      ...raw.kubectl ? { kubectlPath: raw.kubectl } : {},
      ...raw.kustomize ? { kustomizePath: raw.kustomize } : {},
      releases: config.releases ?? [],
      repoURLs: config.render?.repoURLs ?? []
    },
    ignoreFields: ignoredFields(config),
    github: {
      apiUrl: githubApiUrl(raw.githubApiUrl),
      ...raw.githubToken ? { token: raw.githubToken } : {}
    }
  };
}
function githubApiUrl(value) {
  if (!value)
    return "https://api.github.com";
  let url;
  try {
    url = new URL(value);
  } catch {
    url = void 0;
  }
  if (!url || url.protocol !== "https:" && url.protocol !== "http:")
    failInput(`the GitHub API URL must be an http(s) URL, got '${value.slice(0, 80)}'`);
  return value.replace(/\/+$/, "");
}
function failInput(message) {
  throw new UserError(message);
}
function versionField(value, name, fail) {
  const version = typeof value === "string" || typeof value === "number" ? parseKubeVersion(String(value)) : void 0;
  if (!version || version.major !== 1) {
    return fail(`'${name}' must be a Kubernetes minor version like '1.33', got '${String(value)}'`);
  }
  return version;
}
function enumField(value, name, allowed, fail) {
  if (typeof value !== "string" || !allowed.includes(value)) {
    return fail(`'${name}' must be one of ${allowed.join(", ")}, got '${String(value)}'`);
  }
  return value;
}
function stringList(value, name, fail) {
  if (value === void 0)
    return [];
  if (typeof value === "string")
    return [value];
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    return fail(`'${name}' must be a list of strings`);
  }
  return value;
}
function ruleSetting(value, id, fail) {
  if (value === false || value === "off")
    return { enabled: false };
  if (value === true || value === "on")
    return { enabled: true };
  if (typeof value === "string" && SEVERITIES.includes(value)) {
    return { enabled: true, severity: value };
  }
  if (isRecord(value)) {
    const setting = { enabled: value.enabled !== false };
    if (value.severity !== void 0)
      setting.severity = enumField(value.severity, `rules.${id}.severity`, SEVERITIES, fail);
    return setting;
  }
  return fail(`rules.${id} must be off, on, error, warning or notice, got '${String(value)}'`);
}

// lib/data/api-lifecycle.js
var NEWEST_KNOWN_RELEASE = "1.36";
var GUIDE = "https://kubernetes.io/docs/reference/using-api/deprecation-guide/";
var LIFECYCLE = "k8s.io/api lifecycle";
function kinds(apiVersion, names, shared) {
  const slash = apiVersion.indexOf("/");
  const group = apiVersion.slice(0, slash);
  const version = apiVersion.slice(slash + 1);
  return names.map((kind) => ({ group, version, kind, ...shared, migration: shared.migration ?? [] }));
}
var SELECTOR_REQUIRED = "spec.selector is required (use the pod template labels) and immutable";
var WEBHOOK_MIGRATION = [
  "webhooks[*].sideEffects is required: None or NoneOnDryRun",
  "webhooks[*].admissionReviewVersions is required",
  "webhooks[*].name must be unique within the object"
];
var WEBHOOK_NOTES = [
  "webhooks[*].failurePolicy defaults to Fail (was Ignore)",
  "webhooks[*].matchPolicy defaults to Equivalent (was Exact)",
  "webhooks[*].timeoutSeconds defaults to 10 (was 30)"
];
var INGRESS_MIGRATION = [
  "spec.backend -> spec.defaultBackend",
  "serviceName -> service.name",
  "servicePort (number) -> service.port.number",
  "servicePort (name) -> service.port.name",
  "pathType is required on every path: Prefix, Exact or ImplementationSpecific (ImplementationSpecific keeps the v1beta1 matching)"
];
var CRD_MIGRATION = [
  "spec.version -> spec.versions",
  "spec.validation -> spec.versions[*].schema",
  "spec.subresources -> spec.versions[*].subresources",
  "spec.additionalPrinterColumns -> spec.versions[*].additionalPrinterColumns (JSONPath -> jsonPath)",
  "spec.conversion.webhookClientConfig -> spec.conversion.webhook.clientConfig",
  "spec.conversion.conversionReviewVersions -> spec.conversion.webhook.conversionReviewVersions",
  "spec.scope is required (no longer defaulted)",
  "spec.versions[*].schema.openAPIV3Schema is required and must be structural",
  "spec.preserveUnknownFields: true is not allowed: use x-kubernetes-preserve-unknown-fields: true in the schema"
];
var PLC_RENAME = "spec.limited.assuredConcurrencyShares -> spec.limited.nominalConcurrencyShares";
var PLC_ZERO_NOTE = "spec.limited.nominalConcurrencyShares defaults to 30 only when unset: an explicit 0 stays 0";
var FLOWCONTROL_V1 = { apiVersion: "flowcontrol.apiserver.k8s.io/v1", availableIn: "1.29" };
var FLOWCONTROL_V1BETA3 = { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3", availableIn: "1.26" };
var FLOWCONTROL_V1BETA2 = { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2", availableIn: "1.23" };
var DRA_V1 = { apiVersion: "resource.k8s.io/v1", availableIn: "1.34" };
var DRA_V1BETA2 = { apiVersion: "resource.k8s.io/v1beta2", availableIn: "1.33" };
var DRA_V1BETA1 = { apiVersion: "resource.k8s.io/v1beta1", availableIn: "1.32" };
var DRA_REQUEST_FIELDS = "{deviceClassName, selectors, allocationMode, count, adminAccess}";
var DRA_CLAIM_MIGRATION = [
  `spec.devices.requests[*].${DRA_REQUEST_FIELDS} -> spec.devices.requests[*].exactly.*`
];
var DRA_TEMPLATE_MIGRATION = [
  `spec.spec.devices.requests[*].${DRA_REQUEST_FIELDS} -> spec.spec.devices.requests[*].exactly.*`
];
var DRA_SLICE_MIGRATION = ["spec.devices[*].basic.* -> spec.devices[*].* (the basic wrapper is gone)"];
var DRA_ALPHA_CAPACITY = "spec.devices[*].basic.capacity.<name>: <quantity> -> <name>: {value: <quantity>}";
function draKinds(apiVersion, lifecycle, fromAlpha) {
  const capacity = fromAlpha ? [DRA_ALPHA_CAPACITY] : [];
  const perKind = [
    ["DeviceClass", []],
    ["ResourceClaim", DRA_CLAIM_MIGRATION],
    ["ResourceClaimTemplate", DRA_TEMPLATE_MIGRATION],
    ["ResourceSlice", [...DRA_SLICE_MIGRATION, ...capacity]]
  ];
  return perKind.flatMap(([kind, migration]) => kinds(apiVersion, [kind], {
    ...lifecycle,
    migration,
    interim: [
      { ...DRA_V1BETA2, migration },
      ...fromAlpha ? [{ ...DRA_V1BETA1, migration: kind === "ResourceSlice" ? capacity : [] }] : []
    ]
  }));
}
var API_LIFECYCLE = [
  // ---- removed in 1.16 ----
  ...kinds("extensions/v1beta1", ["NetworkPolicy"], {
    deprecatedIn: "1.9",
    removedIn: "1.16",
    replacement: { apiVersion: "networking.k8s.io/v1", availableIn: "1.8" },
    source: `${GUIDE}#networkpolicy-v116`
  }),
  ...kinds("extensions/v1beta1", ["DaemonSet"], {
    deprecatedIn: "1.8",
    removedIn: "1.16",
    replacement: { apiVersion: "apps/v1", availableIn: "1.9" },
    migration: ["spec.templateGeneration is removed", SELECTOR_REQUIRED],
    notes: ["spec.updateStrategy.type defaults to RollingUpdate (was OnDelete)"],
    source: `${GUIDE}#daemonset-v116`
  }),
  // apps/v1beta2 already had the apps/v1 fields and defaults, so only the apiVersion changes.
  ...kinds("apps/v1beta2", ["DaemonSet"], {
    deprecatedIn: "1.9",
    removedIn: "1.16",
    replacement: { apiVersion: "apps/v1", availableIn: "1.9" },
    source: `${GUIDE}#daemonset-v116`
  }),
  ...kinds("extensions/v1beta1", ["Deployment"], {
    deprecatedIn: "1.8",
    removedIn: "1.16",
    replacement: { apiVersion: "apps/v1", availableIn: "1.9" },
    migration: ["spec.rollbackTo is removed", SELECTOR_REQUIRED],
    notes: [
      "spec.progressDeadlineSeconds defaults to 600 (was no deadline)",
      "spec.revisionHistoryLimit defaults to 10 (was unlimited)",
      "spec.strategy.rollingUpdate.maxSurge and maxUnavailable default to 25% (was 1)"
    ],
    source: `${GUIDE}#deployment-v116`
  }),
  ...kinds("apps/v1beta1", ["Deployment"], {
    deprecatedIn: "1.8",
    removedIn: "1.16",
    replacement: { apiVersion: "apps/v1", availableIn: "1.9" },
    migration: ["spec.rollbackTo is removed", SELECTOR_REQUIRED],
    notes: ["spec.revisionHistoryLimit defaults to 10 (was 2)"],
    source: `${GUIDE}#deployment-v116`
  }),
  ...kinds("apps/v1beta2", ["Deployment"], {
    deprecatedIn: "1.9",
    removedIn: "1.16",
    replacement: { apiVersion: "apps/v1", availableIn: "1.9" },
    source: `${GUIDE}#deployment-v116`
  }),
  ...kinds("apps/v1beta1", ["StatefulSet"], {
    deprecatedIn: "1.8",
    removedIn: "1.16",
    replacement: { apiVersion: "apps/v1", availableIn: "1.9" },
    migration: [SELECTOR_REQUIRED],
    notes: ["spec.updateStrategy.type defaults to RollingUpdate (was OnDelete)"],
    source: `${GUIDE}#statefulset-v116`
  }),
  ...kinds("apps/v1beta2", ["StatefulSet"], {
    deprecatedIn: "1.9",
    removedIn: "1.16",
    replacement: { apiVersion: "apps/v1", availableIn: "1.9" },
    source: `${GUIDE}#statefulset-v116`
  }),
  ...kinds("extensions/v1beta1", ["ReplicaSet"], {
    deprecatedIn: "1.8",
    removedIn: "1.16",
    replacement: { apiVersion: "apps/v1", availableIn: "1.9" },
    migration: [SELECTOR_REQUIRED],
    source: `${GUIDE}#replicaset-v116`
  }),
  // Listed by the guide although k8s.io/api apps/v1beta1 never defined a ReplicaSet type.
  ...kinds("apps/v1beta1", ["ReplicaSet"], {
    removedIn: "1.16",
    replacement: { apiVersion: "apps/v1", availableIn: "1.9" },
    migration: [SELECTOR_REQUIRED],
    source: `${GUIDE}#replicaset-v116`
  }),
  ...kinds("apps/v1beta2", ["ReplicaSet"], {
    deprecatedIn: "1.9",
    removedIn: "1.16",
    replacement: { apiVersion: "apps/v1", availableIn: "1.9" },
    source: `${GUIDE}#replicaset-v116`
  }),
  // policy/v1beta1 is itself removed in 1.25; the rule follows that entry from there.
  ...kinds("extensions/v1beta1", ["PodSecurityPolicy"], {
    deprecatedIn: "1.11",
    removedIn: "1.16",
    replacement: { apiVersion: "policy/v1beta1", availableIn: "1.10" },
    source: `${GUIDE}#psp-v116`
  }),
  // ---- removed in 1.22 ----
  ...kinds("admissionregistration.k8s.io/v1beta1", ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], {
    deprecatedIn: "1.16",
    removedIn: "1.22",
    replacement: { apiVersion: "admissionregistration.k8s.io/v1", availableIn: "1.16" },
    migration: WEBHOOK_MIGRATION,
    notes: WEBHOOK_NOTES,
    source: `${GUIDE}#webhook-resources-v122`
  }),
  ...kinds("apiextensions.k8s.io/v1beta1", ["CustomResourceDefinition"], {
    deprecatedIn: "1.16",
    removedIn: "1.22",
    replacement: { apiVersion: "apiextensions.k8s.io/v1", availableIn: "1.16" },
    migration: CRD_MIGRATION,
    source: `${GUIDE}#customresourcedefinition-v122`
  }),
  ...kinds("apiregistration.k8s.io/v1beta1", ["APIService"], {
    deprecatedIn: "1.19",
    removedIn: "1.22",
    replacement: { apiVersion: "apiregistration.k8s.io/v1", availableIn: "1.10" },
    source: `${GUIDE}#apiservice-v122`
  }),
  ...kinds("authentication.k8s.io/v1beta1", ["TokenReview"], {
    deprecatedIn: "1.19",
    removedIn: "1.22",
    replacement: { apiVersion: "authentication.k8s.io/v1", availableIn: "1.6" },
    source: `${GUIDE}#tokenreview-v122`
  }),
  // spec.group only exists in the (Local)SubjectAccessReview spec; the self reviews have no user fields.
  ...kinds("authorization.k8s.io/v1beta1", ["LocalSubjectAccessReview", "SubjectAccessReview"], {
    deprecatedIn: "1.19",
    removedIn: "1.22",
    replacement: { apiVersion: "authorization.k8s.io/v1", availableIn: "1.6" },
    migration: ["spec.group -> spec.groups"],
    source: `${GUIDE}#subjectaccessreview-resources-v122`
  }),
  ...kinds("authorization.k8s.io/v1beta1", ["SelfSubjectAccessReview", "SelfSubjectRulesReview"], {
    deprecatedIn: "1.19",
    removedIn: "1.22",
    replacement: { apiVersion: "authorization.k8s.io/v1", availableIn: "1.6" },
    source: `${GUIDE}#subjectaccessreview-resources-v122`
  }),
  ...kinds("certificates.k8s.io/v1beta1", ["CertificateSigningRequest"], {
    deprecatedIn: "1.19",
    removedIn: "1.22",
    replacement: { apiVersion: "certificates.k8s.io/v1", availableIn: "1.19" },
    migration: [
      "spec.signerName is required (kubernetes.io/legacy-unknown cannot be requested through v1)",
      "spec.usages is required, without duplicates and with known values only"
    ],
    notes: [
      "status.conditions may not repeat a type and each needs a status",
      "status.certificate must be PEM with only CERTIFICATE blocks"
    ],
    source: `${GUIDE}#certificatesigningrequest-v122`
  }),
  ...kinds("coordination.k8s.io/v1beta1", ["Lease"], {
    deprecatedIn: "1.19",
    removedIn: "1.22",
    replacement: { apiVersion: "coordination.k8s.io/v1", availableIn: "1.14" },
    source: `${GUIDE}#lease-v122`
  }),
  ...kinds("extensions/v1beta1", ["Ingress"], {
    deprecatedIn: "1.14",
    removedIn: "1.22",
    replacement: { apiVersion: "networking.k8s.io/v1", availableIn: "1.19" },
    migration: INGRESS_MIGRATION,
    source: `${GUIDE}#ingress-v122`
  }),
  ...kinds("networking.k8s.io/v1beta1", ["Ingress"], {
    deprecatedIn: "1.19",
    removedIn: "1.22",
    replacement: { apiVersion: "networking.k8s.io/v1", availableIn: "1.19" },
    migration: INGRESS_MIGRATION,
    source: `${GUIDE}#ingress-v122`
  }),
  ...kinds("networking.k8s.io/v1beta1", ["IngressClass"], {
    deprecatedIn: "1.19",
    removedIn: "1.22",
    replacement: { apiVersion: "networking.k8s.io/v1", availableIn: "1.19" },
    source: `${GUIDE}#ingressclass-v122`
  }),
  ...kinds("rbac.authorization.k8s.io/v1beta1", ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"], {
    deprecatedIn: "1.17",
    removedIn: "1.22",
    replacement: { apiVersion: "rbac.authorization.k8s.io/v1", availableIn: "1.8" },
    source: `${GUIDE}#rbac-resources-v122`
  }),
  ...kinds("scheduling.k8s.io/v1beta1", ["PriorityClass"], {
    deprecatedIn: "1.14",
    removedIn: "1.22",
    replacement: { apiVersion: "scheduling.k8s.io/v1", availableIn: "1.14" },
    source: `${GUIDE}#priorityclass-v122`
  }),
  ...kinds("storage.k8s.io/v1beta1", ["CSIDriver"], {
    deprecatedIn: "1.19",
    removedIn: "1.22",
    replacement: { apiVersion: "storage.k8s.io/v1", availableIn: "1.19" },
    source: `${GUIDE}#storage-resources-v122`
  }),
  ...kinds("storage.k8s.io/v1beta1", ["CSINode"], {
    deprecatedIn: "1.17",
    removedIn: "1.22",
    replacement: { apiVersion: "storage.k8s.io/v1", availableIn: "1.17" },
    source: `${GUIDE}#storage-resources-v122`
  }),
  ...kinds("storage.k8s.io/v1beta1", ["StorageClass"], {
    deprecatedIn: "1.19",
    removedIn: "1.22",
    replacement: { apiVersion: "storage.k8s.io/v1", availableIn: "1.6" },
    source: `${GUIDE}#storage-resources-v122`
  }),
  ...kinds("storage.k8s.io/v1beta1", ["VolumeAttachment"], {
    deprecatedIn: "1.19",
    removedIn: "1.22",
    replacement: { apiVersion: "storage.k8s.io/v1", availableIn: "1.13" },
    source: `${GUIDE}#storage-resources-v122`
  }),
  // ---- removed in 1.25 ----
  ...kinds("batch/v1beta1", ["CronJob"], {
    deprecatedIn: "1.21",
    removedIn: "1.25",
    replacement: { apiVersion: "batch/v1", availableIn: "1.21" },
    source: `${GUIDE}#cronjob-v125`
  }),
  ...kinds("discovery.k8s.io/v1beta1", ["EndpointSlice"], {
    deprecatedIn: "1.21",
    removedIn: "1.25",
    replacement: { apiVersion: "discovery.k8s.io/v1", availableIn: "1.21" },
    migration: [
      "endpoints[*].topology['kubernetes.io/hostname'] -> endpoints[*].nodeName",
      "endpoints[*].topology['topology.kubernetes.io/zone'] -> endpoints[*].zone",
      "endpoints[*].topology is gone (v1 has a read-only deprecatedTopology)"
    ],
    source: `${GUIDE}#endpointslice-v125`
  }),
  ...kinds("events.k8s.io/v1beta1", ["Event"], {
    deprecatedIn: "1.22",
    removedIn: "1.25",
    replacement: { apiVersion: "events.k8s.io/v1", availableIn: "1.19" },
    migration: [
      "type must be Normal or Warning",
      "involvedObject -> regarding",
      "action, reason, reportingController and reportingInstance are required",
      "firstTimestamp -> eventTime",
      "lastTimestamp -> series.lastObservedTime",
      "count -> series.count",
      "source.component -> reportingController",
      "source.host -> reportingInstance"
    ],
    source: `${GUIDE}#event-v125`
  }),
  ...kinds("autoscaling/v2beta1", ["HorizontalPodAutoscaler"], {
    deprecatedIn: "1.22",
    removedIn: "1.25",
    replacement: { apiVersion: "autoscaling/v2", availableIn: "1.23" },
    migration: [
      "targetAverageUtilization -> target.averageUtilization with target.type: Utilization",
      "targetAverageValue -> target.averageValue with target.type: AverageValue",
      "targetValue -> target.value with target.type: Value",
      "metricName, metricSelector and selector -> metric.name and metric.selector",
      "object metrics: target (the object reference) -> describedObject"
    ],
    source: `${GUIDE}#horizontalpodautoscaler-v125`
  }),
  ...kinds("policy/v1beta1", ["PodDisruptionBudget"], {
    deprecatedIn: "1.21",
    removedIn: "1.25",
    replacement: { apiVersion: "policy/v1", availableIn: "1.21" },
    notes: [
      "an empty spec.selector ({}) selects every pod in the namespace in policy/v1 (it selected none before)"
    ],
    source: `${GUIDE}#poddisruptionbudget-v125`
  }),
  ...kinds("policy/v1beta1", ["PodSecurityPolicy"], {
    deprecatedIn: "1.21",
    removedIn: "1.25",
    noReplacement: "use Pod Security Admission or a third-party admission webhook",
    source: `${GUIDE}#psp-v125`
  }),
  ...kinds("node.k8s.io/v1beta1", ["RuntimeClass"], {
    deprecatedIn: "1.22",
    removedIn: "1.25",
    replacement: { apiVersion: "node.k8s.io/v1", availableIn: "1.20" },
    source: `${GUIDE}#runtimeclass-v125`
  }),
  // ---- removed in 1.26 ----
  // The guide says v1beta2 and the lifecycle tag v1beta3, but both are removed later: v1 is the durable target.
  ...kinds("flowcontrol.apiserver.k8s.io/v1beta1", ["FlowSchema"], {
    deprecatedIn: "1.23",
    removedIn: "1.26",
    replacement: FLOWCONTROL_V1,
    interim: [
      { ...FLOWCONTROL_V1BETA3, migration: [] },
      { ...FLOWCONTROL_V1BETA2, migration: [] }
    ],
    source: `${GUIDE}#flowcontrol-resources-v126`
  }),
  ...kinds("flowcontrol.apiserver.k8s.io/v1beta1", ["PriorityLevelConfiguration"], {
    deprecatedIn: "1.23",
    removedIn: "1.26",
    replacement: FLOWCONTROL_V1,
    interim: [
      { ...FLOWCONTROL_V1BETA3, migration: [PLC_RENAME] },
      { ...FLOWCONTROL_V1BETA2, migration: [] }
    ],
    migration: [PLC_RENAME],
    notes: [PLC_ZERO_NOTE],
    source: `${GUIDE}#flowcontrol-resources-v126`
  }),
  ...kinds("autoscaling/v2beta2", ["HorizontalPodAutoscaler"], {
    deprecatedIn: "1.23",
    removedIn: "1.26",
    replacement: { apiVersion: "autoscaling/v2", availableIn: "1.23" },
    source: `${GUIDE}#horizontalpodautoscaler-v126`
  }),
  // ---- removed in 1.27 ----
  ...kinds("storage.k8s.io/v1beta1", ["CSIStorageCapacity"], {
    deprecatedIn: "1.24",
    removedIn: "1.27",
    replacement: { apiVersion: "storage.k8s.io/v1", availableIn: "1.24" },
    source: `${GUIDE}#csistoragecapacity-v127`
  }),
  // ---- removed in 1.29 ----
  ...kinds("flowcontrol.apiserver.k8s.io/v1beta2", ["FlowSchema"], {
    deprecatedIn: "1.26",
    removedIn: "1.29",
    replacement: FLOWCONTROL_V1,
    interim: [{ ...FLOWCONTROL_V1BETA3, migration: [] }],
    source: `${GUIDE}#flowcontrol-resources-v129`
  }),
  ...kinds("flowcontrol.apiserver.k8s.io/v1beta2", ["PriorityLevelConfiguration"], {
    deprecatedIn: "1.26",
    removedIn: "1.29",
    replacement: FLOWCONTROL_V1,
    interim: [{ ...FLOWCONTROL_V1BETA3, migration: [PLC_RENAME] }],
    migration: [PLC_RENAME],
    notes: [PLC_ZERO_NOTE],
    source: `${GUIDE}#flowcontrol-resources-v129`
  }),
  // ---- removed in 1.32 ----
  ...kinds("flowcontrol.apiserver.k8s.io/v1beta3", ["FlowSchema"], {
    deprecatedIn: "1.29",
    removedIn: "1.32",
    replacement: FLOWCONTROL_V1,
    source: `${GUIDE}#flowcontrol-resources-v132`
  }),
  ...kinds("flowcontrol.apiserver.k8s.io/v1beta3", ["PriorityLevelConfiguration"], {
    deprecatedIn: "1.29",
    removedIn: "1.32",
    replacement: FLOWCONTROL_V1,
    notes: [`${PLC_ZERO_NOTE} (v1beta3 turned 0 into 30)`],
    source: `${GUIDE}#flowcontrol-resources-v132`
  }),
  ...kinds("authentication.k8s.io/v1alpha1", ["SelfSubjectReview"], {
    deprecatedIn: "1.29",
    removedIn: "1.32",
    replacement: { apiVersion: "authentication.k8s.io/v1", availableIn: "1.28" },
    source: LIFECYCLE
  }),
  ...kinds("admissionregistration.k8s.io/v1alpha1", ["ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"], {
    deprecatedIn: "1.29",
    removedIn: "1.32",
    replacement: { apiVersion: "admissionregistration.k8s.io/v1", availableIn: "1.30" },
    interim: [{ apiVersion: "admissionregistration.k8s.io/v1beta1", availableIn: "1.28", migration: [] }],
    source: LIFECYCLE
  }),
  // ---- removed in 1.33 ----
  ...kinds("authentication.k8s.io/v1beta1", ["SelfSubjectReview"], {
    deprecatedIn: "1.30",
    removedIn: "1.33",
    replacement: { apiVersion: "authentication.k8s.io/v1", availableIn: "1.28" },
    source: LIFECYCLE
  }),
  ...kinds("networking.k8s.io/v1alpha1", ["IPAddress", "ServiceCIDR"], {
    deprecatedIn: "1.30",
    removedIn: "1.33",
    replacement: { apiVersion: "networking.k8s.io/v1", availableIn: "1.33" },
    interim: [{ apiVersion: "networking.k8s.io/v1beta1", availableIn: "1.31", migration: [] }],
    source: LIFECYCLE
  }),
  // ---- removed in 1.34 ----
  ...kinds("admissionregistration.k8s.io/v1beta1", ["ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"], {
    deprecatedIn: "1.31",
    removedIn: "1.34",
    replacement: { apiVersion: "admissionregistration.k8s.io/v1", availableIn: "1.30" },
    source: LIFECYCLE
  }),
  ...draKinds("resource.k8s.io/v1alpha3", {
    deprecatedIn: "1.34",
    removedIn: "1.34",
    replacement: DRA_V1,
    source: LIFECYCLE
  }, true),
  // ---- removed in 1.35 ----
  ...kinds("storage.k8s.io/v1alpha1", ["VolumeAttributesClass"], {
    deprecatedIn: "1.32",
    removedIn: "1.35",
    replacement: { apiVersion: "storage.k8s.io/v1", availableIn: "1.34" },
    interim: [{ apiVersion: "storage.k8s.io/v1beta1", availableIn: "1.31", migration: [] }],
    source: LIFECYCLE
  }),
  ...kinds("storagemigration.k8s.io/v1alpha1", ["StorageVersionMigration"], {
    deprecatedIn: "1.33",
    removedIn: "1.35",
    replacement: { apiVersion: "storagemigration.k8s.io/v1beta1", availableIn: "1.35" },
    migration: [
      "spec.resource.version is removed: spec.resource names only group and resource",
      "spec.continueToken is removed"
    ],
    source: LIFECYCLE
  }),
  // ---- removal planned after NEWEST_KNOWN_RELEASE ----
  ...kinds("storage.k8s.io/v1beta1", ["VolumeAttributesClass"], {
    deprecatedIn: "1.34",
    removedIn: "1.37",
    replacement: { apiVersion: "storage.k8s.io/v1", availableIn: "1.34" },
    source: LIFECYCLE
  }),
  ...kinds("networking.k8s.io/v1beta1", ["IPAddress", "ServiceCIDR"], {
    deprecatedIn: "1.34",
    removedIn: "1.37",
    replacement: { apiVersion: "networking.k8s.io/v1", availableIn: "1.33" },
    source: LIFECYCLE
  }),
  ...kinds("certificates.k8s.io/v1alpha1", ["ClusterTrustBundle"], {
    deprecatedIn: "1.34",
    removedIn: "1.37",
    replacement: { apiVersion: "certificates.k8s.io/v1", availableIn: "1.37" },
    interim: [{ apiVersion: "certificates.k8s.io/v1beta1", availableIn: "1.33", migration: [] }],
    source: LIFECYCLE
  }),
  ...draKinds("resource.k8s.io/v1beta1", {
    deprecatedIn: "1.35",
    removedIn: "1.38",
    replacement: DRA_V1,
    source: LIFECYCLE
  }, false),
  ...kinds("coordination.k8s.io/v1alpha2", ["LeaseCandidate"], {
    deprecatedIn: "1.35",
    removedIn: "1.38",
    replacement: { apiVersion: "coordination.k8s.io/v1beta1", availableIn: "1.33" },
    source: LIFECYCLE
  }),
  ...kinds("admissionregistration.k8s.io/v1alpha1", ["MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding"], {
    deprecatedIn: "1.35",
    removedIn: "1.38",
    replacement: { apiVersion: "admissionregistration.k8s.io/v1", availableIn: "1.36" },
    interim: [{ apiVersion: "admissionregistration.k8s.io/v1beta1", availableIn: "1.34", migration: [] }],
    source: LIFECYCLE
  }),
  ...kinds("resource.k8s.io/v1beta2", ["DeviceClass", "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice"], {
    deprecatedIn: "1.36",
    removedIn: "1.39",
    replacement: DRA_V1,
    source: LIFECYCLE
  }),
  ...kinds("coordination.k8s.io/v1beta1", ["LeaseCandidate"], {
    deprecatedIn: "1.36",
    removedIn: "1.39",
    noReplacement: "no newer LeaseCandidate version is defined yet",
    source: LIFECYCLE
  }),
  ...kinds("admissionregistration.k8s.io/v1beta1", ["MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding"], {
    deprecatedIn: "1.37",
    removedIn: "1.40",
    replacement: { apiVersion: "admissionregistration.k8s.io/v1", availableIn: "1.36" },
    source: LIFECYCLE
  }),
  ...kinds("certificates.k8s.io/v1beta1", ["ClusterTrustBundle", "PodCertificateRequest"], {
    deprecatedIn: "1.37",
    removedIn: "1.40",
    replacement: { apiVersion: "certificates.k8s.io/v1", availableIn: "1.37" },
    source: LIFECYCLE
  }),
  ...kinds("storagemigration.k8s.io/v1beta1", ["StorageVersionMigration"], {
    deprecatedIn: "1.37",
    removedIn: "1.40",
    replacement: { apiVersion: "storagemigration.k8s.io/v1", availableIn: "1.37" },
    source: LIFECYCLE
  })
];
var BY_API_VERSION_AND_KIND = new Map(API_LIFECYCLE.map((entry) => [lifecycleKey(entry), entry]));
var INTRODUCTIONS = /* @__PURE__ */ new Map();
for (const entry of API_LIFECYCLE) {
  for (const replacement of [entry.replacement, ...entry.interim ?? []]) {
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
function tableVersion(text) {
  const version = parseKubeVersion(text);
  if (!version)
    throw new Error(`invalid version '${text}' in the API lifecycle table`);
  return version;
}
function isRemovedAt(entry, version) {
  return entry.removedIn !== void 0 && atLeast(version, tableVersion(entry.removedIn));
}
function isDeprecatedAt(entry, version) {
  return entry.deprecatedIn !== void 0 && atLeast(version, tableVersion(entry.deprecatedIn));
}
function isUnreleased(release) {
  return compareVersions(tableVersion(release), tableVersion(NEWEST_KNOWN_RELEASE)) > 0;
}

// lib/cli/crd-diff.js
import { relative as relative2, resolve } from "node:path";
import { parseArgs } from "node:util";

// lib/crd/crd.js
var CRD_KIND = "CustomResourceDefinition";
function isCrdObject(object) {
  if (!isRecord(object))
    return false;
  return object.kind === CRD_KIND && typeof object.apiVersion === "string" && object.apiVersion.startsWith("apiextensions.k8s.io/");
}
function asSchema(value) {
  return isRecord(value) ? value : void 0;
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}
function strings(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
var VERSION_KNOWN_KEYS = /* @__PURE__ */ new Set([
  "name",
  "served",
  "storage",
  "deprecated",
  "deprecationWarning",
  "schema",
  "additionalPrinterColumns",
  "subresources"
]);
function toCrd(object) {
  if (!isCrdObject(object))
    return void 0;
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const spec = isRecord(object.spec) ? object.spec : {};
  const names = isRecord(spec.names) ? spec.names : {};
  const name = str(metadata.name);
  if (!name)
    return void 0;
  const group = str(spec.group) ?? "";
  const status = isRecord(object.status) ? object.status : {};
  const topSchema = isRecord(spec.validation) ? asSchema(spec.validation.openAPIV3Schema) : void 0;
  const versions = [];
  if (Array.isArray(spec.versions)) {
    spec.versions.forEach((entry, index) => {
      if (!isRecord(entry))
        return;
      const versionName = str(entry.name);
      if (!versionName)
        return;
      const own = isRecord(entry.schema) ? asSchema(entry.schema.openAPIV3Schema) : void 0;
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
        ...warning !== void 0 ? { deprecationWarning: warning } : {},
        ...schema ? { schema } : {},
        schemaPath: own ? ["spec", "versions", index, "schema", "openAPIV3Schema"] : ["spec", "validation", "openAPIV3Schema"],
        path: ["spec", "versions", index],
        ...printerColumns !== void 0 ? { printerColumns } : {},
        ...subresources !== void 0 ? { subresources } : {},
        extra
      });
    });
  } else if (typeof spec.version === "string") {
    versions.push({
      name: spec.version,
      served: true,
      storage: true,
      deprecated: false,
      ...topSchema ? { schema: topSchema } : {},
      schemaPath: ["spec", "validation", "openAPIV3Schema"],
      path: ["spec", "version"],
      ...spec.additionalPrinterColumns !== void 0 ? { printerColumns: spec.additionalPrinterColumns } : {},
      ...spec.subresources !== void 0 ? { subresources: spec.subresources } : {},
      extra: {}
    });
  }
  if (versions.length > 0 && !versions.some((version) => version.storage))
    versions[0].storage = true;
  const singular = str(names.singular);
  const listKind = str(names.listKind);
  return {
    name,
    group,
    kind: str(names.kind) ?? "",
    plural: str(names.plural) ?? "",
    ...singular !== void 0 ? { singular } : {},
    ...listKind !== void 0 ? { listKind } : {},
    shortNames: strings(names.shortNames),
    categories: strings(names.categories),
    scope: str(spec.scope) ?? "Namespaced",
    versions,
    ...spec.conversion !== void 0 ? { conversion: spec.conversion } : {},
    preserveUnknownFields: spec.preserveUnknownFields === true || spec.preserveUnknownFields === void 0 && object.apiVersion === "apiextensions.k8s.io/v1beta1",
    storedVersions: strings(status.storedVersions),
    object
  };
}
function storageVersion(crd) {
  return crd.versions.find((version) => version.storage);
}
function findVersion(crd, name) {
  return crd.versions.find((version) => version.name === name);
}
function compareVersionPriority(a, b) {
  const parse3 = (name) => {
    const match = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(name);
    if (!match)
      return { rank: 3, major: 0, minor: 0 };
    const stage = match[2] === void 0 ? 0 : match[2] === "beta" ? 1 : 2;
    return { rank: stage, major: Number(match[1]), minor: Number(match[3] ?? 0) };
  };
  const x = parse3(a);
  const y = parse3(b);
  if (x.rank !== y.rank)
    return x.rank - y.rank;
  if (x.rank === 3)
    return a < b ? -1 : a > b ? 1 : 0;
  return y.major - x.major || y.minor - x.minor;
}
function preferredVersion(crd) {
  const storage = storageVersion(crd);
  if (storage?.served && !storage.deprecated)
    return storage;
  return [...crd.versions].filter((version) => version.served && !version.deprecated).sort((a, b) => compareVersionPriority(a.name, b.name))[0];
}
function servedVersionNames(crd) {
  return crd.versions.filter((version) => version.served).map((version) => version.name);
}

// lib/crd/compare.js
var CHANGE_CLASSES = ["breaking", "risky", "safe"];
var CHANGE_KINDS = {
  // breaking: existing objects, stored data or clients stop working, or the CRD update is rejected
  "crd-removed": "breaking",
  "version-removed": "breaking",
  "storage-version-removed": "breaking",
  "version-unserved": "breaking",
  "scope-changed": "breaking",
  "group-changed": "breaking",
  "kind-changed": "breaking",
  "plural-changed": "breaking",
  "field-removed": "breaking",
  "type-changed": "breaking",
  "format-changed": "breaking",
  "field-required": "breaking",
  "enum-values-removed": "breaking",
  "enum-added": "breaking",
  "preserve-unknown-fields-removed": "breaking",
  // risky: valid today, may fail or behave differently after the upgrade
  "validation-tightened": "risky",
  "cel-rule-added": "risky",
  "cel-rule-changed": "risky",
  "storage-version-changed": "risky",
  "version-deprecated": "risky",
  "default-added": "risky",
  "default-changed": "risky",
  "default-removed": "risky",
  "list-type-changed": "risky",
  "subresources-changed": "risky",
  "conversion-changed": "risky",
  "other-change": "risky",
  // safe: additive or relaxing
  "crd-added": "safe",
  "version-added": "safe",
  "version-served": "safe",
  "version-undeprecated": "safe",
  "field-added": "safe",
  "validation-relaxed": "safe",
  "description-changed": "safe",
  "printer-columns-changed": "safe",
  "names-changed": "safe"
};
var ANY_ITEM = Symbol("[*]");
var ANY_VALUE = Symbol(".*");
var CLASS_RANK = { breaking: 0, risky: 1, safe: 2 };
function compareCrdSets(oldCrds, newCrds) {
  const olds = new Map(oldCrds.map((crd) => [crd.name, crd]));
  const news = new Map(newCrds.map((crd) => [crd.name, crd]));
  const names = [.../* @__PURE__ */ new Set([...olds.keys(), ...news.keys()])].sort(compareText);
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
function worstClass(changes) {
  let worst;
  for (const change of changes) {
    if (worst === void 0 || CLASS_RANK[change.class] < CLASS_RANK[worst])
      worst = change.class;
  }
  return worst;
}
function compareCrds(oldCrd, newCrd) {
  const name = (newCrd ?? oldCrd)?.name ?? "";
  const out = new Collector(name);
  if (!oldCrd && newCrd) {
    out.add("crd-added", "", void 0, `CRD added (${describeKind(newCrd)})`, { newPath: [] });
  } else if (oldCrd && !newCrd) {
    out.add("crd-removed", "", void 0, `CRD removed: if it is deleted from the cluster, every ${oldCrd.kind} in every namespace is deleted with it`, { oldPath: [] });
  } else if (oldCrd && newCrd) {
    compareIdentity(oldCrd, newCrd, out);
    compareVersions2(oldCrd, newCrd, out);
  }
  out.changes.sort(compareChanges);
  return {
    crd: name,
    ...oldCrd ? { old: oldCrd } : {},
    ...newCrd ? { new: newCrd } : {},
    changes: out.changes
  };
}
function describeKind(crd) {
  const versions = crd.versions.map((version) => version.name).join(", ");
  return `${crd.group} ${crd.kind}, ${crd.scope}, versions ${versions || "none"}`;
}
function compareChanges(a, b) {
  return compareText(a.crd, b.crd) || CLASS_RANK[a.class] - CLASS_RANK[b.class] || compareText(a.version, b.version) || compareText(a.path, b.path) || compareText(a.change, b.change) || compareText(a.message, b.message);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var Collector = class {
  crd;
  changes = [];
  constructor(crd) {
    this.crd = crd;
  }
  add(change, version, segments, message, where2) {
    let changeClass = CHANGE_KINDS[change];
    if (changeClass === "breaking" && segments?.[0] === "status") {
      changeClass = "risky";
      message += " (in .status, which the controller writes: a risk for the controller, not for your manifests)";
    }
    this.changes.push({
      crd: this.crd,
      version,
      path: segments === void 0 ? "" : formatDataPath(segments),
      change,
      class: changeClass,
      message,
      segments: segments ?? [],
      ...where2.newPath ? { newPath: where2.newPath } : {},
      ...where2.oldPath ? { oldPath: where2.oldPath } : {}
    });
  }
};
var PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;
function formatDataPath(segments) {
  if (segments.length === 0)
    return ".";
  let text = "";
  for (const segment of segments) {
    if (segment === ANY_ITEM)
      text += "[*]";
    else if (segment === ANY_VALUE)
      text += ".*";
    else
      text += PLAIN_KEY.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return text;
}
function compareIdentity(oldCrd, newCrd, out) {
  const identity = (kind, label, before, after, path, why) => {
    if (before !== after)
      out.add(kind, "", void 0, `${label} changed from ${quote(before)} to ${quote(after)}: ${why}`, {
        newPath: path,
        oldPath: path
      });
  };
  const immutable = "the API server rejects this update; the CRD must be deleted and re-created, which deletes every custom resource of it";
  identity("scope-changed", "scope", oldCrd.scope, newCrd.scope, ["spec", "scope"], immutable);
  identity("group-changed", "group", oldCrd.group, newCrd.group, ["spec", "group"], immutable);
  identity("kind-changed", "kind", oldCrd.kind, newCrd.kind, ["spec", "names", "kind"], immutable);
  identity("plural-changed", "plural", oldCrd.plural, newCrd.plural, ["spec", "names", "plural"], immutable);
  const names = [];
  const listChange = (label, before, after) => {
    const removed = before.filter((item) => !after.includes(item));
    const added = after.filter((item) => !before.includes(item));
    if (removed.length > 0)
      names.push(`${label} removed: ${removed.join(", ")}`);
    if (added.length > 0)
      names.push(`${label} added: ${added.join(", ")}`);
  };
  if ((oldCrd.singular ?? "") !== (newCrd.singular ?? ""))
    names.push(`singular ${quote(oldCrd.singular ?? "")} -> ${quote(newCrd.singular ?? "")}`);
  if ((oldCrd.listKind ?? "") !== (newCrd.listKind ?? ""))
    names.push(`listKind ${quote(oldCrd.listKind ?? "")} -> ${quote(newCrd.listKind ?? "")}`);
  listChange("short names", oldCrd.shortNames, newCrd.shortNames);
  listChange("categories", oldCrd.categories, newCrd.categories);
  if (names.length > 0)
    out.add("names-changed", "", void 0, `names changed: ${names.join("; ")}`, {
      newPath: ["spec", "names"],
      oldPath: ["spec", "names"]
    });
  if (oldCrd.preserveUnknownFields && !newCrd.preserveUnknownFields) {
    out.add("preserve-unknown-fields-removed", "", void 0, "spec.preserveUnknownFields is now false: fields not in the schema are pruned from every object on its next write", { newPath: ["spec"], oldPath: ["spec", "preserveUnknownFields"] });
  } else if (!oldCrd.preserveUnknownFields && newCrd.preserveUnknownFields) {
    out.add("validation-relaxed", "", void 0, "spec.preserveUnknownFields is now true: unknown fields are kept", {
      newPath: ["spec", "preserveUnknownFields"]
    });
  }
  if (!deepEqual(oldCrd.conversion, newCrd.conversion)) {
    out.add("conversion-changed", "", void 0, `conversion changed (${describeConversion(oldCrd.conversion)} -> ${describeConversion(newCrd.conversion)}): reads and writes at a non-storage version go through it`, { newPath: ["spec", "conversion"], oldPath: ["spec", "conversion"] });
  }
}
function describeConversion(conversion) {
  if (!isRecord(conversion))
    return "None";
  return typeof conversion.strategy === "string" ? conversion.strategy : "None";
}
function compareVersions2(oldCrd, newCrd, out) {
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
    const flags = [newVersion.served ? "served" : "not served", newVersion.storage ? "storage" : ""];
    out.add("version-added", newVersion.name, void 0, `version ${newVersion.name} added (${flags.filter(Boolean).join(", ")})`, {
      newPath: newVersion.path
    });
  }
  if (oldStorage && newStorage && oldStorage.name !== newStorage.name) {
    out.add("storage-version-changed", newStorage.name, void 0, `storage version moves from ${oldStorage.name} to ${newStorage.name}: objects already stored stay at ${oldStorage.name} until rewritten (no automatic migration), and ${oldStorage.name} stays in status.storedVersions`, { newPath: [...newStorage.path, "storage"], oldPath: [...oldStorage.path, "storage"] });
  }
}
function removedVersion(oldCrd, version, newCrd, out) {
  const stored = version.storage || oldCrd.storedVersions.includes(version.name);
  const where2 = { newPath: ["spec", "versions"], oldPath: version.path };
  if (stored) {
    out.add("storage-version-removed", version.name, void 0, `version ${version.name} removed, and it was the storage version: objects stored at it remain in etcd and ${version.name} is in status.storedVersions, so the API server rejects the new CRD until storage is migrated and status.storedVersions no longer lists ${version.name}`, where2);
    return;
  }
  const served = version.served ? `clients and manifests using ${newCrd.group}/${version.name} get "no matches for kind ${newCrd.kind}"` : "it was not served; if it was ever the storage version, objects stored at it block the update until migrated";
  out.add("version-removed", version.name, void 0, `version ${version.name} removed: ${served}`, where2);
}
function compareVersion(oldVersion, newVersion, out) {
  const name = newVersion.name;
  const where2 = (key) => ({ newPath: [...newVersion.path, key], oldPath: [...oldVersion.path, key] });
  if (oldVersion.served && !newVersion.served) {
    out.add("version-unserved", name, void 0, `version ${name} is no longer served: clients and manifests using it get "no matches for kind"`, where2("served"));
  } else if (!oldVersion.served && newVersion.served) {
    out.add("version-served", name, void 0, `version ${name} is served again`, where2("served"));
  }
  if (!oldVersion.deprecated && newVersion.deprecated) {
    const warning = newVersion.deprecationWarning ? `: "${newVersion.deprecationWarning}"` : "";
    out.add("version-deprecated", name, void 0, `version ${name} is now deprecated${warning}; every request to it returns a warning, and a later release may remove it`, where2("deprecated"));
  } else if (oldVersion.deprecated && !newVersion.deprecated) {
    out.add("version-undeprecated", name, void 0, `version ${name} is no longer deprecated`, where2("deprecated"));
  } else if (oldVersion.deprecated && (oldVersion.deprecationWarning ?? "") !== (newVersion.deprecationWarning ?? "")) {
    out.add("description-changed", name, void 0, `deprecation warning of ${name} changed`, where2("deprecationWarning"));
  }
  if (!deepEqual(oldVersion.printerColumns, newVersion.printerColumns)) {
    out.add("printer-columns-changed", name, void 0, `printer columns changed (kubectl get output)`, where2("additionalPrinterColumns"));
  }
  if (!deepEqual(oldVersion.subresources, newVersion.subresources)) {
    out.add("subresources-changed", name, void 0, `subresources changed (${describeSubresources(oldVersion.subresources)} -> ${describeSubresources(newVersion.subresources)}): with a status subresource, writes to the main resource ignore status and the reverse`, where2("subresources"));
  }
  const extraKeys = /* @__PURE__ */ new Set([...Object.keys(oldVersion.extra), ...Object.keys(newVersion.extra)]);
  for (const key of [...extraKeys].sort()) {
    if (!deepEqual(oldVersion.extra[key], newVersion.extra[key]))
      out.add("other-change", name, void 0, `${key} changed in version ${name}`, where2(key));
  }
  const oldSchema = oldVersion.schema;
  const newSchema = newVersion.schema;
  if (oldSchema && newSchema) {
    new SchemaComparer(out, name).compare(oldSchema, newSchema, {
      segments: [],
      oldPath: oldVersion.schemaPath,
      newPath: newVersion.schemaPath
    });
  } else if (!oldSchema && newSchema) {
    out.add("validation-tightened", name, [], `a schema is added to ${name}: objects are validated and unknown fields pruned`, {
      newPath: newVersion.schemaPath
    });
  } else if (oldSchema && !newSchema) {
    out.add("validation-relaxed", name, [], `the schema of ${name} is removed: no validation`, {
      newPath: newVersion.path,
      oldPath: oldVersion.schemaPath
    });
  }
}
function describeSubresources(subresources) {
  if (!isRecord(subresources))
    return "none";
  const keys = Object.keys(subresources).sort();
  return keys.length > 0 ? keys.join(", ") : "none";
}
var HANDLED = /* @__PURE__ */ new Set([
  "type",
  "format",
  "description",
  "title",
  "example",
  "externalDocs",
  "enum",
  "default",
  "nullable",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "required",
  "properties",
  "additionalProperties",
  "items",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "x-kubernetes-preserve-unknown-fields",
  "x-kubernetes-int-or-string",
  "x-kubernetes-validations",
  "x-kubernetes-list-type",
  "x-kubernetes-list-map-keys",
  "x-kubernetes-map-type"
]);
var LOWER_BOUNDS = ["minimum", "minLength", "minItems", "minProperties"];
var UPPER_BOUNDS = ["maximum", "maxLength", "maxItems", "maxProperties"];
var DESCRIPTIVE = ["description", "title", "example", "externalDocs"];
var WIDENING_FORMATS = { int32: "int64", float: "double" };
function schemaType(schema) {
  if (schema["x-kubernetes-int-or-string"] === true)
    return "int-or-string";
  return typeof schema.type === "string" ? schema.type : void 0;
}
var SchemaComparer = class {
  out;
  version;
  constructor(out, version) {
    this.out = out;
    this.version = version;
  }
  add(kind, place2, message, key, side = "both") {
    const newPath = key && side === "both" ? [...place2.newPath, key] : place2.newPath;
    const oldPath = key ? [...place2.oldPath, key] : place2.oldPath;
    this.out.add(kind, this.version, place2.segments, message, { newPath, oldPath });
  }
  compare(o, n, place2) {
    if (o === n)
      return;
    const oldPreserve = o["x-kubernetes-preserve-unknown-fields"] === true;
    const newPreserve = n["x-kubernetes-preserve-unknown-fields"] === true;
    if (oldPreserve && !newPreserve) {
      this.add("preserve-unknown-fields-removed", place2, "x-kubernetes-preserve-unknown-fields removed: fields not in the schema here are pruned on the next write (data loss)", "x-kubernetes-preserve-unknown-fields", "old");
    } else if (!oldPreserve && newPreserve) {
      this.add("validation-relaxed", place2, "x-kubernetes-preserve-unknown-fields added: unknown fields are kept", "x-kubernetes-preserve-unknown-fields");
    }
    if (!this.compareType(o, n, place2))
      return;
    this.compareFormat(o, n, place2);
    this.compareDescriptive(o, n, place2);
    this.compareEnum(o, n, place2);
    this.compareDefault(o, n, place2);
    this.compareBounds(o, n, place2);
    this.compareCel(o, n, place2);
    this.compareListTypes(o, n, place2);
    this.compareRequired(o, n, place2, newPreserve);
    this.compareProperties(o, n, place2, newPreserve);
    this.compareAdditionalProperties(o, n, place2, oldPreserve, newPreserve);
    this.compareItems(o, n, place2);
    this.compareCombinators(o, n, place2);
    for (const key of Object.keys(o))
      if (!HANDLED.has(key) && !deepEqual(o[key], n[key]))
        this.other(key, place2);
    for (const key of Object.keys(n))
      if (!HANDLED.has(key) && !(key in o))
        this.other(key, place2);
  }
  other(key, place2) {
    this.add("other-change", place2, `${key} changed`, key);
  }
  /** False when the types are incompatible: nothing below is compared then. */
  compareType(o, n, place2) {
    const before = schemaType(o);
    const after = schemaType(n);
    if (before === after)
      return true;
    const key = "type";
    if (after === void 0) {
      this.add("validation-relaxed", place2, `type ${before} removed: any value is accepted`, key);
      return true;
    }
    if (before === void 0) {
      this.add("type-changed", place2, `type set to ${after} where any value was accepted: other values are rejected`, key);
      return after === "object" || after === "array";
    }
    if (before === "integer" && after === "number" || (before === "integer" || before === "string") && after === "int-or-string") {
      this.add("validation-relaxed", place2, `type widened from ${before} to ${after}`, key);
      return true;
    }
    this.add("type-changed", place2, `type changed from ${before} to ${after}: existing values are invalid`, key);
    return false;
  }
  compareFormat(o, n, place2) {
    const before = typeof o.format === "string" ? o.format : void 0;
    const after = typeof n.format === "string" ? n.format : void 0;
    if (before === after)
      return;
    if (after === void 0) {
      this.add("validation-relaxed", place2, `format ${before} removed`, "format", "old");
    } else if (before !== void 0 && WIDENING_FORMATS[before] === after) {
      this.add("validation-relaxed", place2, `format widened from ${before} to ${after}`, "format");
    } else if (before === void 0) {
      this.add("format-changed", place2, `format ${after} added`, "format");
    } else {
      this.add("format-changed", place2, `format changed from ${before} to ${after}`, "format");
    }
  }
  compareDescriptive(o, n, place2) {
    const changed = DESCRIPTIVE.filter((key2) => !deepEqual(o[key2], n[key2]));
    if (changed.length === 0)
      return;
    const key = changed[0];
    this.add("description-changed", place2, `${changed.join(", ")} changed`, key in n ? key : void 0);
  }
  compareEnum(o, n, place2) {
    const before = Array.isArray(o.enum) ? o.enum : void 0;
    const after = Array.isArray(n.enum) ? n.enum : void 0;
    if (!before && !after)
      return;
    if (!before && after) {
      this.add("enum-added", place2, `enum added (${formatValues(after)}): any other value is rejected`, "enum");
      return;
    }
    if (before && !after) {
      this.add("validation-relaxed", place2, `enum removed: any value is accepted`, "enum", "old");
      return;
    }
    const afterKeys = new Set(after.map((value) => JSON.stringify(value)));
    const beforeKeys = new Set(before.map((value) => JSON.stringify(value)));
    const removed = before.filter((value) => !afterKeys.has(JSON.stringify(value)));
    const added = after.filter((value) => !beforeKeys.has(JSON.stringify(value)));
    if (removed.length > 0)
      this.add("enum-values-removed", place2, `enum values removed: ${formatValues(removed)}: objects using them are invalid`, "enum");
    if (added.length > 0)
      this.add("validation-relaxed", place2, `enum values added: ${formatValues(added)}`, "enum");
  }
  compareDefault(o, n, place2) {
    const had = "default" in o;
    const has = "default" in n;
    if (!had && !has)
      return;
    if (!had) {
      this.add("default-added", place2, `default ${formatValue(n.default)} added: applied to existing objects when read`, "default");
    } else if (!has) {
      this.add("default-removed", place2, `default ${formatValue(o.default)} removed: objects without the field no longer get it`, "default", "old");
    } else if (!deepEqual(o.default, n.default)) {
      this.add("default-changed", place2, `default changed from ${formatValue(o.default)} to ${formatValue(n.default)}: existing objects without the field read the new value`, "default");
    }
  }
  compareBounds(o, n, place2) {
    const tightened = [];
    const relaxed = [];
    let tightKey;
    const num = (schema, key) => typeof schema[key] === "number" ? schema[key] : void 0;
    for (const key of LOWER_BOUNDS) {
      const before = num(o, key);
      const after = num(n, key);
      if (before === after)
        continue;
      if (after !== void 0 && (before === void 0 || after > before)) {
        tightened.push(before === void 0 ? `${key} ${after} added` : `${key} raised from ${before} to ${after}`);
        tightKey ??= key;
      } else {
        relaxed.push(after === void 0 ? `${key} removed` : `${key} lowered from ${before} to ${after}`);
      }
    }
    for (const key of UPPER_BOUNDS) {
      const before = num(o, key);
      const after = num(n, key);
      if (before === after)
        continue;
      if (after !== void 0 && (before === void 0 || after < before)) {
        tightened.push(before === void 0 ? `${key} ${after} added` : `${key} lowered from ${before} to ${after}`);
        tightKey ??= key;
      } else {
        relaxed.push(after === void 0 ? `${key} removed` : `${key} raised from ${before} to ${after}`);
      }
    }
    for (const key of ["exclusiveMinimum", "exclusiveMaximum", "uniqueItems", "nullable"]) {
      const before = o[key] === true;
      const after = n[key] === true;
      if (before === after)
        continue;
      const tighter = key === "nullable" ? before : after;
      const text = `${key} ${after ? "added" : "removed"}${key === "nullable" && before ? ": null values are dropped" : ""}`;
      if (tighter) {
        tightened.push(text);
        tightKey ??= key;
      } else
        relaxed.push(text);
    }
    const beforeMultiple = num(o, "multipleOf");
    const afterMultiple = num(n, "multipleOf");
    if (beforeMultiple !== afterMultiple) {
      if (afterMultiple === void 0)
        relaxed.push("multipleOf removed");
      else {
        tightened.push(`multipleOf ${afterMultiple}`);
        tightKey ??= "multipleOf";
      }
    }
    const beforePattern = typeof o.pattern === "string" ? o.pattern : void 0;
    const afterPattern = typeof n.pattern === "string" ? n.pattern : void 0;
    if (beforePattern !== afterPattern) {
      if (afterPattern === void 0)
        relaxed.push(`pattern ${JSON.stringify(beforePattern)} removed`);
      else {
        tightened.push(beforePattern === void 0 ? `pattern ${JSON.stringify(afterPattern)} added` : `pattern changed from ${JSON.stringify(beforePattern)} to ${JSON.stringify(afterPattern)}`);
        tightKey ??= "pattern";
      }
    }
    if (tightened.length > 0)
      this.add("validation-tightened", place2, `validation tightened: ${tightened.join("; ")}: objects outside it fail their next change`, tightKey);
    if (relaxed.length > 0)
      this.add("validation-relaxed", place2, `validation relaxed: ${relaxed.join("; ")}`);
  }
  compareCel(o, n, place2) {
    const before = celRules(o);
    const after = celRules(n);
    if (before.length === 0 && after.length === 0)
      return;
    const key = "x-kubernetes-validations";
    const beforeByRule = new Map(before.map((rule) => [rule.rule, rule]));
    const afterByRule = new Map(after.map((rule) => [rule.rule, rule]));
    const added = after.filter((rule) => !beforeByRule.has(rule.rule));
    const removed = before.filter((rule) => !afterByRule.has(rule.rule));
    for (const rule of after) {
      const old = beforeByRule.get(rule.rule);
      if (!old)
        continue;
      if (old.optionalOldSelf !== rule.optionalOldSelf) {
        this.add("cel-rule-changed", place2, `CEL rule ${JSON.stringify(rule.rule)}: optionalOldSelf changed`, key);
      } else if (!deepEqual(old.raw, rule.raw)) {
        this.add("description-changed", place2, `CEL rule ${JSON.stringify(rule.rule)}: message or reason changed`, key);
      }
    }
    const pairs = Math.min(added.length, removed.length);
    for (let index = 0; index < pairs; index++) {
      this.add("cel-rule-changed", place2, `CEL rule changed from ${JSON.stringify(removed[index].rule)} to ${JSON.stringify(added[index].rule)}${transition(added[index].rule)}`, key);
    }
    for (const rule of added.slice(pairs))
      this.add("cel-rule-added", place2, `CEL rule added: ${JSON.stringify(rule.rule)}${transition(rule.rule)}`, key);
    for (const rule of removed.slice(pairs))
      this.add("validation-relaxed", place2, `CEL rule removed: ${JSON.stringify(rule.rule)}`, key, "old");
  }
  compareListTypes(o, n, place2) {
    for (const key of [
      "x-kubernetes-list-type",
      "x-kubernetes-list-map-keys",
      "x-kubernetes-map-type"
    ]) {
      if (deepEqual(o[key], n[key]))
        continue;
      this.add("list-type-changed", place2, `${key} changed from ${formatValue(o[key])} to ${formatValue(n[key])}: server-side apply merges this field differently, and list-type checks are not ratcheted`, key in n ? key : void 0);
    }
  }
  compareRequired(o, n, place2, newPreserve) {
    const before = new Set(stringList2(o.required));
    const after = stringList2(n.required);
    const properties = asSchema(n.properties);
    after.forEach((name, index) => {
      if (before.has(name))
        return;
      const property = properties ? asSchema(properties[name]) : void 0;
      const defaulted = property && "default" in property ? " (it has a default, applied when missing)" : "";
      this.out.add("field-required", this.version, [...place2.segments, name], `field is now required${defaulted}: objects without it are rejected on their next write (required is never ratcheted)`, { newPath: [...place2.newPath, "required", index], oldPath: place2.oldPath });
    });
    const afterSet = new Set(after);
    const oldProperties = asSchema(o.properties);
    for (const name of before) {
      if (afterSet.has(name))
        continue;
      if (oldProperties && name in oldProperties && !(properties && name in properties) && !newPreserve)
        continue;
      this.out.add("validation-relaxed", this.version, [...place2.segments, name], "field is no longer required", {
        newPath: properties && name in properties ? [...place2.newPath, "properties", name] : place2.newPath,
        oldPath: [...place2.oldPath, "required"]
      });
    }
  }
  compareProperties(o, n, place2, newPreserve) {
    const before = asSchema(o.properties);
    const after = asSchema(n.properties);
    if (!before && !after)
      return;
    const oldBase = [...place2.oldPath, "properties"];
    const newBase = [...place2.newPath, "properties"];
    if (before) {
      for (const name of Object.keys(before)) {
        const oldChild = asSchema(before[name]);
        if (!oldChild)
          continue;
        const newChild = after ? asSchema(after[name]) : void 0;
        const segments = [...place2.segments, name];
        if (!newChild) {
          if (newPreserve) {
            this.out.add("validation-relaxed", this.version, segments, "field no longer in the schema; x-kubernetes-preserve-unknown-fields keeps its data, unvalidated", { newPath: place2.newPath, oldPath: [...oldBase, name] });
          } else {
            this.out.add("field-removed", this.version, segments, "field removed: its data is pruned from each object on the next write, and kubectl (strict field validation) rejects manifests that set it", { newPath: after ? newBase : place2.newPath, oldPath: [...oldBase, name] });
          }
          continue;
        }
        this.compare(oldChild, newChild, {
          segments,
          oldPath: [...oldBase, name],
          newPath: [...newBase, name]
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
        this.out.add("field-added", this.version, [...place2.segments, name], `field added${type ? ` (${type})` : ""}`, {
          newPath: [...newBase, name]
        });
      }
    }
  }
  compareAdditionalProperties(o, n, place2, oldPreserve, newPreserve) {
    const before = o.additionalProperties;
    const after = n.additionalProperties;
    if (before === void 0 && after === void 0)
      return;
    const oldSchema = asSchema(before);
    const newSchema = asSchema(after);
    const segments = [...place2.segments, ANY_VALUE];
    const key = "additionalProperties";
    if (oldSchema && newSchema) {
      this.compare(oldSchema, newSchema, {
        segments,
        oldPath: [...place2.oldPath, key],
        newPath: [...place2.newPath, key]
      });
    } else if (oldSchema || before === true) {
      if (newSchema || after === true)
        return;
      if (newPreserve) {
        this.out.add("validation-relaxed", this.version, segments, "map values no longer in the schema; kept unvalidated", {
          newPath: place2.newPath,
          oldPath: [...place2.oldPath, key]
        });
      } else {
        this.out.add("field-removed", this.version, segments, "map entries are no longer allowed: they are pruned on the next write", {
          newPath: place2.newPath,
          oldPath: [...place2.oldPath, key]
        });
      }
    } else if (newSchema || after === true) {
      if (oldPreserve) {
        this.out.add("validation-tightened", this.version, segments, "map values are now validated", {
          newPath: [...place2.newPath, key],
          oldPath: place2.oldPath
        });
      } else {
        this.out.add("field-added", this.version, segments, "map entries are now allowed", {
          newPath: [...place2.newPath, key]
        });
      }
    } else if (!deepEqual(before, after)) {
      this.other(key, place2);
    }
  }
  compareItems(o, n, place2) {
    if (o.items === void 0 && n.items === void 0)
      return;
    const oldItems = asSchema(o.items);
    const newItems = asSchema(n.items);
    if (oldItems && newItems) {
      this.compare(oldItems, newItems, {
        segments: [...place2.segments, ANY_ITEM],
        oldPath: [...place2.oldPath, "items"],
        newPath: [...place2.newPath, "items"]
      });
    } else if (!deepEqual(o.items, n.items)) {
      if (!newItems && n.items === void 0)
        this.add("validation-relaxed", place2, "items schema removed: any list item is accepted", void 0);
      else
        this.other("items", place2);
    }
  }
  compareCombinators(o, n, place2) {
    for (const key of ["allOf", "anyOf", "oneOf", "not"]) {
      const before = typeOnlyAlternatives(o, key) ? void 0 : o[key];
      const after = typeOnlyAlternatives(n, key) ? void 0 : n[key];
      if (deepEqual(before, after))
        continue;
      if (before === void 0) {
        this.add("validation-tightened", place2, `${key} constraint added: objects that do not satisfy it fail their next change`, key);
        continue;
      }
      if (after === void 0) {
        this.add("validation-relaxed", place2, `${key} constraint removed`, key, "old");
        continue;
      }
      if (Array.isArray(before) && Array.isArray(after) && (key === "allOf" || key === "anyOf")) {
        const beforeSet = new Set(before.map((item) => JSON.stringify(item)));
        const afterSet = new Set(after.map((item) => JSON.stringify(item)));
        const onlyAdded = [...beforeSet].every((item) => afterSet.has(item));
        const onlyRemoved = [...afterSet].every((item) => beforeSet.has(item));
        if (onlyAdded || onlyRemoved) {
          const tighter = key === "allOf" ? onlyAdded : onlyRemoved;
          const verb = onlyAdded ? "added to" : "removed from";
          if (tighter)
            this.add("validation-tightened", place2, `alternatives ${verb} ${key}: objects that do not satisfy it fail their next change`, key);
          else
            this.add("validation-relaxed", place2, `alternatives ${verb} ${key}`, key);
          continue;
        }
      }
      this.add("validation-tightened", place2, `${key} constraint changed: objects that do not satisfy it fail their next change`, key);
    }
  }
};
function typeOnlyAlternatives(schema, key) {
  if (key !== "anyOf" || schema["x-kubernetes-int-or-string"] !== true)
    return false;
  const alternatives = schema.anyOf;
  return Array.isArray(alternatives) && alternatives.every((item) => isRecord(item) && Object.keys(item).every((k) => k === "type"));
}
function celRules(schema) {
  const rules = schema["x-kubernetes-validations"];
  if (!Array.isArray(rules))
    return [];
  const out = [];
  for (const rule of rules) {
    if (isRecord(rule) && typeof rule.rule === "string")
      out.push({ rule: rule.rule, optionalOldSelf: rule.optionalOldSelf === true, raw: rule });
  }
  return out;
}
function transition(rule) {
  return /\boldSelf\b/.test(rule) ? " (a transition rule: never ratcheted)" : "";
}
function stringList2(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function quote(text) {
  return JSON.stringify(text);
}
var VALUE_MAX = 80;
function formatValue(value) {
  if (value === void 0)
    return "(none)";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > VALUE_MAX ? `${text.slice(0, VALUE_MAX - 1)}\u2026` : text;
}
function formatValues(values) {
  return values.map((value) => formatValue(value)).join(", ");
}
function deepEqual(a, b) {
  if (a === b)
    return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
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

// lib/crd/load.js
var import_yaml4 = __toESM(require_dist(), 1);
import { readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
var MAX_ALIAS_COUNT2 = 1e3;
function crdsFromYaml(text, file) {
  if (text.length > MAX_FILE_BYTES)
    throw new UserError(`${file}: file is too large (${text.length} bytes)`);
  const crds = [];
  for (const doc of (0, import_yaml4.parseAllDocuments)(text, { ...KUBERNETES_YAML, uniqueKeys: true, prettyErrors: true })) {
    const error = doc.errors[0];
    if (error) {
      const line = error.linePos?.[0]?.line;
      throw new UserError(`${file}${line ? `:${line}` : ""}: invalid YAML: ${error.message.split("\n")[0]}`);
    }
    const object = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT2 });
    for (const item of listItems2(object)) {
      const crd = toCrd(item);
      if (crd)
        crds.push(crd);
    }
  }
  return crds;
}
function listItems2(object) {
  if (isRecord(object) && typeof object.kind === "string" && object.kind.endsWith("List") && Array.isArray(object.items))
    return object.items;
  return [object];
}
var YAML_FILE = /\.(ya?ml|json)$/i;
async function loadCrdPath(path, options = {}) {
  const show = (file) => {
    if (!options.relativeTo)
      return file;
    const rel = relative(options.relativeTo, file);
    return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? file : rel;
  };
  const info = await stat(path).catch(() => void 0);
  if (!info)
    throw new UserError(`no such file or directory: ${show(path)}`);
  const files = [];
  if (info.isDirectory()) {
    const entries = await readdir(path, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      if (entry.isFile() && YAML_FILE.test(entry.name))
        files.push(join(path, entry.name));
    }
  } else {
    files.push(path);
  }
  const byName = /* @__PURE__ */ new Map();
  const warnings = [];
  for (const file of files) {
    for (const crd of crdsFromYaml(await readFile(file, "utf8"), show(file))) {
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

// lib/crd/known-tools.js
var LAST_APPLIED_LIMIT_BYTES = 262144;
function parseSemVer(text) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(text.trim());
  if (!match)
    return void 0;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}
var ARGO_CD = {
  id: "argo-cd",
  name: "Argo CD",
  groups: ["argoproj.io"],
  image: /(^|\/)argoproj\/argocd$/,
  crdSources(appVersion) {
    const version = parseSemVer(appVersion);
    if (version && version.major === 2 && version.minor < 4)
      return [{ repo: "argoproj/argo-cd", paths: ["manifests/install.yaml"] }];
    return [
      {
        repo: "argoproj/argo-cd",
        paths: [
          "manifests/crds/application-crd.yaml",
          "manifests/crds/applicationset-crd.yaml",
          "manifests/crds/appproject-crd.yaml"
        ],
        kustomize: `https://github.com/argoproj/argo-cd/manifests/crds?ref=${appVersion}`
      }
    ];
  },
  // argo-helm's chart versions follow their own line; the chart's Chart.yaml appVersion tells.
  appVersionOfChart: () => void 0,
  upgradeCommand: (appVersion) => `kubectl apply --server-side --force-conflicts -k "https://github.com/argoproj/argo-cd/manifests/crds?ref=${appVersion}"`,
  facts(crd, sizeBytes) {
    const facts = [
      "Argo CD CRDs are shared by every Argo CD instance in the cluster, namespaced installs included: upgrading them for one instance changes them for all.",
      "The argo-cd Helm chart (argo-helm, 5.2.0 and later) keeps its CRDs in templates/ and upgrades them with the release; Argo CD itself applies chart CRDs on sync."
    ];
    if (crd.name === "applicationsets.argoproj.io" && sizeBytes > LAST_APPLIED_LIMIT_BYTES) {
      facts.push(`The ApplicationSet CRD (${sizeBytes} bytes as JSON) exceeds the ${LAST_APPLIED_LIMIT_BYTES}-byte limit of client-side apply since v3.3 ("metadata.annotations: Too long"): apply it server-side, and give a self-managed Argo CD syncOptions: [ServerSideApply=true].`);
    }
    return facts;
  }
};
var AWS_LOAD_BALANCER_CONTROLLER = {
  id: "aws-load-balancer-controller",
  name: "AWS Load Balancer Controller",
  groups: ["elbv2.k8s.aws", "gateway.k8s.aws", "aga.k8s.aws"],
  image: /(^|\/)(eks\/|amazon\/)?aws-load-balancer-controller$/,
  crdSources(appVersion) {
    const version = parseSemVer(appVersion);
    const paths = ["helm/aws-load-balancer-controller/crds/crds.yaml"];
    const atLeast2 = (major, minor, patch = 0) => version !== void 0 && (version.major - major || version.minor - minor || version.patch - patch) >= 0;
    if (atLeast2(2, 13, 4))
      paths.push("helm/aws-load-balancer-controller/crds/gateway-crds.yaml");
    if (atLeast2(2, 14, 1) && !atLeast2(2, 17, 1))
      paths.push("helm/aws-load-balancer-controller/crds/aga-crds.yaml");
    return [
      {
        repo: "kubernetes-sigs/aws-load-balancer-controller",
        paths,
        // the chart's crds/kustomization.yaml lists crds.yaml only: no Gateway CRDs this way
        kustomize: `github.com/kubernetes-sigs/aws-load-balancer-controller//helm/aws-load-balancer-controller/crds?ref=${appVersion}`
      }
    ];
  },
  appVersionOfChart(chartVersion) {
    const version = parseSemVer(chartVersion);
    if (!version)
      return void 0;
    if (version.major === 1)
      return `v2.${version.minor}.${version.patch}`;
    if (version.major >= 3)
      return `v${version.major}.${version.minor}.${version.patch}`;
    return void 0;
  },
  upgradeCommand: (appVersion) => `kubectl apply --server-side -f https://raw.githubusercontent.com/kubernetes-sigs/aws-load-balancer-controller/${appVersion}/helm/aws-load-balancer-controller/crds/crds.yaml (and gateway-crds.yaml when you use the Gateway API)`,
  facts(crd) {
    const facts = [
      "The aws-load-balancer-controller chart keeps its CRDs in crds/: `helm install` creates them, `helm upgrade` never upgrades them (apply them yourself); Argo CD applies them on sync, Flux only with upgrade.crds: CreateReplace.",
      "The chart's crds/kustomization.yaml lists crds.yaml only: a kustomize install leaves out the Gateway CRDs (gateway-crds.yaml)."
    ];
    if (crd.name === "ingressclassparams.elbv2.k8s.aws")
      facts.push("IngressClassParams is cluster-scoped and shared by every IngressClass and ALB group: a change reaches every ALB in the cluster.");
    return facts;
  }
};
var KNOWN_TOOLS = [ARGO_CD, AWS_LOAD_BALANCER_CONTROLLER];
function knownToolForGroup(group) {
  return KNOWN_TOOLS.find((tool) => tool.groups.includes(group));
}
function knownToolForImage(repository) {
  return KNOWN_TOOLS.find((tool) => tool.image.test(repository));
}
function parseImage(image) {
  let rest = image.trim();
  let digest;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(":");
  const slash = rest.lastIndexOf("/");
  if (colon > slash) {
    return { repository: rest.slice(0, colon), tag: rest.slice(colon + 1), ...digest ? { digest } : {} };
  }
  return { repository: rest, ...digest ? { digest } : {} };
}

// lib/crd/validate.js
var DEFAULT_MAX_ERRORS = 50;
var ROOT_FIELDS = /* @__PURE__ */ new Set(["apiVersion", "kind", "metadata"]);
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function validateCustomResource(object, version, options = {}) {
  const validator = new Validator(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  validator.metadata(object.metadata, version.schema);
  if (version.schema)
    validator.validate(object, version.schema, [], true);
  return validator.errors;
}
function formatFieldPath(path) {
  if (path.length === 0)
    return ".";
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number")
      text += `[${segment}]`;
    else
      text += /^[A-Za-z_$][\w$-]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return text;
}
var Validator = class _Validator {
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
      this.error(["metadata"], "required", "metadata.name is required");
      return;
    }
    const schema = root ? asSchema(asSchema(root.properties)?.metadata) : void 0;
    const properties = schema ? asSchema(schema.properties) : void 0;
    for (const key of ["name", "generateName"]) {
      const value = metadata[key];
      if (value === void 0 || value === null)
        continue;
      const path = ["metadata", key];
      if (typeof value !== "string") {
        this.error(path, "type", `must be a string, got ${describeType(value)}`);
        continue;
      }
      const own = properties ? asSchema(properties[key]) : void 0;
      if (own)
        this.validate(value, own, path, false);
      if (key === "name" && !isTemplated(value)) {
        if (value.length > 253)
          this.error(path, "maxLength", "must be no more than 253 characters (DNS subdomain)");
        else if (!DNS_SUBDOMAIN.test(value))
          this.error(path, "pattern", `${JSON.stringify(value)} is not a valid name: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (DNS subdomain)`);
      }
    }
    if (metadata.name === void 0 && metadata.generateName === void 0)
      this.error(["metadata"], "required", "metadata.name is required");
  }
  /** `structural`: the node defines the shape (unknown fields are errors); false inside allOf/anyOf/oneOf/not. */
  validate(value, schema, path, structural) {
    if (this.full())
      return;
    if (value === null) {
      if (schema.nullable !== true && structural)
        this.error(path, "nullable", "must not be null");
      return;
    }
    const type = schemaType(schema);
    if (type !== void 0 && !hasType(value, type)) {
      this.error(path, "type", `must be ${article(type)}, got ${describeType(value)}`);
      return;
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((allowed) => deepEqual(allowed, value))) {
      this.error(path, "enum", `unsupported value ${formatValue(value)}: supported values: ${schema.enum.map((item) => formatValue(item)).join(", ")}`);
    }
    if (typeof value === "string")
      this.string(value, schema, path);
    else if (typeof value === "number")
      this.number(value, schema, path);
    else if (Array.isArray(value))
      this.array(value, schema, path, structural);
    else if (isRecord(value) && !(value instanceof Date))
      this.object(value, schema, path, structural);
    this.combinators(value, schema, path);
  }
  string(value, schema, path) {
    if (isTemplated(value))
      return;
    const length = typeof schema.minLength === "number" || typeof schema.maxLength === "number" ? [...value].length : 0;
    if (typeof schema.minLength === "number" && length < schema.minLength)
      this.error(path, "minLength", `must be at least ${schema.minLength} characters long, is ${length}`);
    if (typeof schema.maxLength === "number" && length > schema.maxLength)
      this.error(path, "maxLength", `must be at most ${schema.maxLength} characters long, is ${length}`);
    if (typeof schema.pattern === "string") {
      const pattern = compilePattern(schema.pattern);
      if (pattern && !pattern.test(value))
        this.error(path, "pattern", `${formatValue(value)} does not match the pattern ${JSON.stringify(schema.pattern)}`);
    }
  }
  number(value, schema, path) {
    const { minimum, maximum, multipleOf, format } = schema;
    if (typeof minimum === "number") {
      const exclusive = schema.exclusiveMinimum === true;
      if (exclusive ? value <= minimum : value < minimum)
        this.error(path, "minimum", `must be ${exclusive ? "greater than" : "at least"} ${minimum}, is ${value}`);
    }
    if (typeof maximum === "number") {
      const exclusive = schema.exclusiveMaximum === true;
      if (exclusive ? value >= maximum : value > maximum)
        this.error(path, "maximum", `must be ${exclusive ? "less than" : "at most"} ${maximum}, is ${value}`);
    }
    if (typeof multipleOf === "number" && multipleOf > 0 && !Number.isInteger(value / multipleOf))
      this.error(path, "multipleOf", `must be a multiple of ${multipleOf}, is ${value}`);
    if (format === "int32" && Number.isInteger(value) && (value < -2147483648 || value > 2147483647))
      this.error(path, "format", `${value} is out of the int32 range`);
  }
  array(value, schema, path, structural) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems)
      this.error(path, "minItems", `must have at least ${schema.minItems} items, has ${value.length}`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems)
      this.error(path, "maxItems", `must have at most ${schema.maxItems} items, has ${value.length}`);
    const listType = schema["x-kubernetes-list-type"];
    if (schema.uniqueItems === true || listType === "set") {
      const duplicate = firstDuplicate(value, (item) => item);
      if (duplicate !== void 0)
        this.error([...path, duplicate], listType === "set" ? "x-kubernetes-list-type" : "uniqueItems", "duplicate item: items must be unique");
    }
    const keys = schema["x-kubernetes-list-map-keys"];
    if (listType === "map" && Array.isArray(keys)) {
      const duplicate = firstDuplicate(value, (item) => keys.map((key) => isRecord(item) && typeof key === "string" ? item[key] : void 0));
      if (duplicate !== void 0)
        this.error([...path, duplicate], "x-kubernetes-list-map-keys", `duplicate entry for key ${keys.map(String).join(", ")}: entries must be unique`);
    }
    const items = asSchema(schema.items);
    if (!items)
      return;
    value.forEach((item, index) => this.validate(item, items, [...path, index], structural));
  }
  object(value, schema, path, structural) {
    const count = Object.keys(value).length;
    if (typeof schema.minProperties === "number" && count < schema.minProperties)
      this.error(path, "minProperties", `must have at least ${schema.minProperties} entries, has ${count}`);
    if (typeof schema.maxProperties === "number" && count > schema.maxProperties)
      this.error(path, "maxProperties", `must have at most ${schema.maxProperties} entries, has ${count}`);
    const properties = asSchema(schema.properties);
    if (Array.isArray(schema.required)) {
      for (const name of schema.required) {
        if (typeof name !== "string")
          continue;
        const present2 = value[name];
        const nullable = properties ? asSchema(properties[name])?.nullable === true : false;
        if (present2 === void 0 || present2 === null && !nullable)
          this.error([...path, name], "required", "required field is missing");
      }
    }
    const additional = asSchema(schema.additionalProperties);
    const preserve = schema["x-kubernetes-preserve-unknown-fields"] === true || schema.additionalProperties === true;
    const embedded = schema["x-kubernetes-embedded-resource"] === true;
    const root = path.length === 0;
    for (const [key, child] of Object.entries(value)) {
      if (root && key === "metadata")
        continue;
      const property = properties ? asSchema(properties[key]) : void 0;
      if (property) {
        if (child === null && property.nullable !== true)
          continue;
        this.validate(child, property, [...path, key], structural);
      } else if (additional) {
        if (child === null && additional.nullable !== true)
          continue;
        this.validate(child, additional, [...path, key], structural);
      } else if (structural && !preserve && !((root || embedded) && ROOT_FIELDS.has(key))) {
        this.error([...path, key], "unknown-field", "unknown field: not in the CRD schema (the API server drops it; kubectl apply rejects it with strict field validation)");
      }
      if (this.full())
        return;
    }
  }
  combinators(value, schema, path) {
    const branch = (sub) => {
      const nested = new _Validator(1);
      const subSchema = asSchema(sub);
      if (subSchema)
        nested.validate(value, subSchema, path, false);
      return nested.errors;
    };
    if (Array.isArray(schema.allOf)) {
      for (const sub of schema.allOf) {
        const failed2 = branch(sub)[0];
        if (failed2) {
          this.error(failed2.path, failed2.constraint, `${failed2.message} (allOf)`);
          break;
        }
      }
    }
    const intOrString = schema["x-kubernetes-int-or-string"] === true;
    if (Array.isArray(schema.anyOf) && !intOrString) {
      const failures = schema.anyOf.map(branch);
      if (failures.length > 0 && failures.every((errors) => errors.length > 0)) {
        const first = failures[0][0];
        this.error(path, "anyOf", `matches none of the ${failures.length} anyOf alternatives (first: ${first.field} ${first.message})`);
      }
    }
    if (Array.isArray(schema.oneOf)) {
      const matches = schema.oneOf.filter((sub) => branch(sub).length === 0).length;
      if (matches !== 1)
        this.error(path, "oneOf", `must match exactly one of the ${schema.oneOf.length} oneOf alternatives, matches ${matches}`);
    }
    if (isRecord(schema.not) && branch(schema.not).length === 0)
      this.error(path, "not", "matches a schema it must not match (not)");
  }
};
function isTemplated(value) {
  return value.includes("{{");
}
function hasType(value, type) {
  switch (type) {
    case "int-or-string":
      return typeof value === "string" || typeof value === "number" && Number.isInteger(value);
    case "string":
      return typeof value === "string" || value instanceof Date;
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return isRecord(value) && !(value instanceof Date);
    default:
      return true;
  }
}
function describeType(value) {
  if (value === null)
    return "null";
  if (Array.isArray(value))
    return "array";
  if (value instanceof Date)
    return "timestamp";
  if (typeof value === "number")
    return Number.isInteger(value) ? "integer" : "number";
  return typeof value === "object" ? "object" : typeof value;
}
function article(type) {
  if (type === "int-or-string")
    return "an integer or a string";
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function firstDuplicate(items, key) {
  const seen = /* @__PURE__ */ new Set();
  for (const [index, item] of items.entries()) {
    const text = JSON.stringify(key(item));
    if (seen.has(text))
      return index;
    seen.add(text);
  }
  return void 0;
}
var PATTERNS = /* @__PURE__ */ new Map();
var POSIX_CLASSES = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7F",
  blank: "\\t ",
  cntrl: "\\x00-\\x1F\\x7F",
  digit: "0-9",
  lower: "a-z",
  space: "\\t\\n\\v\\f\\r ",
  upper: "A-Z",
  word: "0-9A-Za-z_",
  xdigit: "0-9A-Fa-f"
};
function compilePattern(pattern) {
  let compiled = PATTERNS.get(pattern);
  if (compiled === void 0) {
    let source = pattern;
    let flags = "";
    const inline = /^\(\?([ims]+)\)/.exec(source);
    if (inline) {
      flags = [...new Set(inline[1].split(""))].join("");
      source = source.slice(inline[0].length);
    }
    source = source.replace(/\\z/g, "$");
    let unknownClass = false;
    source = source.replace(/\[:(\^?)([a-z]+):\]/g, (_match, negate, name) => {
      const range = POSIX_CLASSES[name];
      if (range === void 0 || negate)
        unknownClass = true;
      return range ?? "";
    });
    compiled = unknownClass ? null : tryRegExp(source, `${flags}u`) ?? tryRegExp(source, flags) ?? null;
    PATTERNS.set(pattern, compiled);
  }
  return compiled ?? void 0;
}
function tryRegExp(source, flags) {
  try {
    return new RegExp(source, flags);
  } catch {
    return void 0;
  }
}

// lib/crd/upgrade.js
var UPGRADE_ADVICE = {
  none: "No CRD difference: upgrading the CRDs in place is safe for every instance and custom resource that shares them.",
  safe: "Only additive or relaxing changes: safe to apply in place. Apply the CRDs before (or with) the controller that uses the new fields, or the API server prunes them.",
  risky: "Can be applied in place once the affected resources are checked. CRDs are cluster-wide: every instance that shares them changes together. Apply with server-side apply (kubectl apply --server-side --force-conflicts).",
  breaking: "Not safe to upgrade in place: CRDs are cluster-wide, so every instance and every custom resource of these kinds in the cluster is hit at once. Migrate the affected resources (and any stored version) first, or upgrade on a new cluster (blue/green) and move the workloads over. Apply with server-side apply (kubectl apply --server-side --force-conflicts)."
};
var IDENTITY_ADVICE = "The CRD identity changes (scope, group, kind or plural): the API server rejects the update, and deleting and re-creating the CRD deletes every custom resource of it. Back them up and restore them, or use a new cluster.";
var TIGHTENED_ADVICE = "Tightened validation rejects the next change of an object that violates it (unchanged objects are kept by validation ratcheting from Kubernetes 1.30; CEL transition rules never are), and the same object created anew, in another instance or cluster.";
var DEFAULT_ADVICE = "Default changes show on existing objects that omit the field as soon as the CRD is applied.";
var VALUE_ADVICE = "Fix the values whose type, format or allowed values change in every object before the upgrade.";
var KIND_ADVICE = {
  "scope-changed": IDENTITY_ADVICE,
  "group-changed": IDENTITY_ADVICE,
  "kind-changed": IDENTITY_ADVICE,
  "plural-changed": IDENTITY_ADVICE,
  "storage-version-removed": "Before applying these CRDs, migrate the stored objects to the new storage version (kube-storage-version-migrator, or read and write back every object) and remove the old version from status.storedVersions.",
  "version-removed": "Move every manifest and client to a served version first.",
  "version-unserved": "Move every manifest and client to a served version first.",
  "field-removed": "Remove the removed fields from your manifests first: afterwards kubectl apply rejects them (strict field validation) and their data is pruned.",
  "field-required": "Set the newly required fields on every object first: the next update of an object without them fails.",
  "type-changed": VALUE_ADVICE,
  "format-changed": VALUE_ADVICE,
  "enum-values-removed": VALUE_ADVICE,
  "enum-added": VALUE_ADVICE,
  "preserve-unknown-fields-removed": "Fields not in the schema are pruned on the next write where x-kubernetes-preserve-unknown-fields is gone: move any data kept there first.",
  "storage-version-changed": "Objects already stored stay at the old storage version until rewritten: rewrite them (kube-storage-version-migrator, or read and write back every object) before a later release removes that version.",
  "version-deprecated": "Move manifests to the new version (deprecated-api flags those in this repo).",
  "validation-tightened": TIGHTENED_ADVICE,
  "cel-rule-added": TIGHTENED_ADVICE,
  "cel-rule-changed": TIGHTENED_ADVICE,
  "default-added": DEFAULT_ADVICE,
  "default-changed": DEFAULT_ADVICE,
  "default-removed": DEFAULT_ADVICE,
  "list-type-changed": "List and map types change how server-side apply merges those fields: several field managers on one list may now conflict."
};
function changeAdvice(changes) {
  const advice = [];
  for (const change of [...changes].sort((a, b) => CLASS_RANK[a.class] - CLASS_RANK[b.class])) {
    const text = KIND_ADVICE[change.change];
    if (text && change.class !== "safe" && !advice.includes(text))
      advice.push(text);
  }
  return advice;
}
function assessCrdChange(comparison, resources) {
  const crd = comparison.new ?? comparison.old;
  const summary = summarizeChanges(comparison.changes);
  const worst = worstClass(comparison.changes);
  const sizeBytes = comparison.new ? Buffer.byteLength(JSON.stringify(comparison.new.object)) : 0;
  const ofKind = crd ? customResourcesOf(crd, resources) : [];
  const affected = [];
  if (worst === "breaking" || worst === "risky") {
    for (const resource of ofKind) {
      const found = affectedBy(resource, comparison);
      if (found)
        affected.push(found);
    }
  }
  const advice = [UPGRADE_ADVICE[worst ?? "none"], ...changeAdvice(comparison.changes)];
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
    ...worst ? { worst } : {},
    resources: ofKind.length,
    affected,
    sizeBytes,
    advice
  };
}
function customResourcesOf(crd, resources) {
  return resources.filter((resource) => resource.ref.kind === crd.kind && apiGroup(resource.ref.apiVersion) === crd.group && !isCrdObject(resource.object));
}
function affectedBy(resource, comparison) {
  const versionName = apiVersionOnly(resource.ref.apiVersion);
  const reasons = [];
  let worst;
  let path;
  let ownFinding = false;
  const hit = (changeClass, reason, at, own = true) => {
    if (changeClass === "safe")
      return;
    if (!reasons.includes(reason))
      reasons.push(reason);
    if (worst !== "breaking")
      worst = changeClass;
    if (own || changeClass === "breaking")
      ownFinding = true;
    path ??= at;
  };
  let newErrors = [];
  const oldVersion = comparison.old ? findVersion(comparison.old, versionName) : void 0;
  const newVersion = comparison.new ? findVersion(comparison.new, versionName) : void 0;
  if (newVersion?.served) {
    const before = new Set(oldVersion ? validateCustomResource(resource.object, oldVersion).map((error) => `${error.field}|${error.constraint}`) : []);
    newErrors = validateCustomResource(resource.object, newVersion).filter((error) => !before.has(`${error.field}|${error.constraint}`));
    for (const error of newErrors)
      hit("breaking", `${error.field}: ${error.constraint}`, error.path);
  }
  const failing = new Set(newErrors.map((error) => error.field));
  for (const change of comparison.changes) {
    if (change.class === "safe")
      continue;
    if (change.version === "") {
      if (change.change !== "conversion-changed")
        hit(change.class, change.message.split(/[:;]/)[0], ["apiVersion"]);
      continue;
    }
    if (change.version !== versionName)
      continue;
    if (change.path === "") {
      if (change.change !== "storage-version-changed" && change.change !== "subresources-changed")
        hit(change.class, change.message.split(/[:;]/)[0], ["apiVersion"], change.change !== "version-deprecated");
      continue;
    }
    if (change.change === "field-required")
      continue;
    const at = firstValueAt(resource.object, change.segments);
    if (at && !failing.has(formatFieldPath(at)))
      hit(change.class, `${change.path}: ${change.change}`, at);
  }
  if (!worst)
    return void 0;
  return { resource, class: worst, reasons, path: path ?? [], newErrors, ownFinding };
}
var RATCHETED = /* @__PURE__ */ new Set([
  "type",
  "enum",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "multipleOf",
  "format",
  "uniqueItems"
]);
function affectedMessage(hit, crd, where2) {
  const subject = describeResource(hit.resource.ref);
  const list = hit.newErrors.length > 0 ? hit.newErrors.map((error) => `${error.field}: ${error.message} [${error.constraint}]`) : hit.reasons;
  const reasons = list.slice(0, 4).join("; ") + (list.length > 4 ? `; and ${list.length - 4} more` : "");
  if (hit.newErrors.length === 0)
    return `${subject} is ${hit.class === "breaking" ? "broken" : "put at risk"} by the change to CRD ${crd} (${where2}): ${reasons}.`;
  const ratcheted = hit.newErrors.every((error) => RATCHETED.has(error.constraint));
  const when = ratcheted ? " It keeps working while unchanged (validation ratcheting, Kubernetes 1.30+), but changing these fields, or creating it anew (another instance or cluster), is rejected." : " Its next update is rejected.";
  return `${subject} no longer validates against CRD ${crd} as changed in ${where2}: ${reasons}.${when}`;
}
function firstValueAt(value, segments) {
  const walk3 = (node, index, at) => {
    if (index === segments.length)
      return node === void 0 ? void 0 : at;
    const segment = segments[index];
    if (segment === ANY_ITEM) {
      if (!Array.isArray(node))
        return void 0;
      for (let i = 0; i < node.length; i++) {
        const found = walk3(node[i], index + 1, [...at, i]);
        if (found)
          return found;
      }
      return void 0;
    }
    if (typeof node !== "object" || node === null || Array.isArray(node))
      return void 0;
    const record = node;
    if (segment === ANY_VALUE) {
      for (const key of Object.keys(record)) {
        const found = walk3(record[key], index + 1, [...at, key]);
        if (found)
          return found;
      }
      return void 0;
    }
    if (!Object.prototype.hasOwnProperty.call(record, segment))
      return void 0;
    return walk3(record[segment], index + 1, [...at, segment]);
  };
  return walk3(value, 0, []);
}
var LISTED_CHANGES = 3;
var LISTED_RESOURCES = 3;
function countsText(summary) {
  return `${summary.breaking} breaking, ${summary.risky} risky, ${summary.safe} safe change${summary.safe === 1 ? "" : "s"}`;
}
function changeText(change) {
  const where2 = [change.version, change.path].filter(Boolean).join(" ");
  return `${where2 ? `${where2}: ` : ""}${change.message}`;
}
function upgradeMessage(comparison, assessment, between2) {
  const parts = [];
  if (!assessment.worst) {
    parts.push(`CRD ${comparison.crd}: no CRD difference between ${between2}.`);
  } else {
    parts.push(`CRD ${comparison.crd}: ${countsText(assessment.summary)} between ${between2}.`);
    for (const changeClass of ["breaking", "risky"]) {
      const listed = comparison.changes.filter((change) => change.class === changeClass);
      if (listed.length === 0)
        continue;
      const shown = listed.slice(0, LISTED_CHANGES).map(changeText).join("; ");
      const more = listed.length > LISTED_CHANGES ? ` (and ${listed.length - LISTED_CHANGES} more)` : "";
      parts.push(`${changeClass === "breaking" ? "Breaking" : "Risky"}: ${shown}${more}.`);
    }
    if (assessment.worst !== "safe" && comparison.new) {
      const kind = comparison.new.kind;
      if (assessment.resources === 0) {
        parts.push(`No ${kind} in this repo uses it (check the other clusters' and instances' resources).`);
      } else if (assessment.affected.length === 0) {
        parts.push(`None of the ${assessment.resources} ${kind} resources in this repo is affected.`);
      } else {
        const shown = assessment.affected.slice(0, LISTED_RESOURCES).map((hit) => `${describeResource(hit.resource.ref)} (${hit.resource.file}:${hit.resource.lineOf(hit.path)}: ${hit.reasons.slice(0, 2).join("; ")})`).join("; ");
        const more = assessment.affected.length > LISTED_RESOURCES ? ` and ${assessment.affected.length - LISTED_RESOURCES} more` : "";
        parts.push(`In this repo ${assessment.affected.length} of ${assessment.resources} ${kind} resources are affected: ${shown}${more}.`);
      }
    }
  }
  parts.push(...assessment.advice);
  return parts.join(" ");
}

// lib/report/summary.js
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function summarize(findings) {
  const summary = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings)
    summary[finding.severity]++;
  return summary;
}
function exceedsFailOn(summary, failOn) {
  switch (failOn) {
    case "never":
      return false;
    case "error":
      return summary.error > 0;
    case "warning":
      return summary.error + summary.warning > 0;
    case "notice":
      return summary.error + summary.warning + summary.notice > 0;
  }
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortFindings(findings) {
  return [...findings].sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.fingerprint, b.fingerprint));
}

// lib/report/fields.js
var CRD_SCHEMA = /^spec\.versions\[(\d+)\]\.schema\.openAPIV3Schema(?=\.|\[|$)/;
var MAX_CRD_CHANGES = 60;
function displayFields(change) {
  let shown = displayed.get(change);
  if (!shown) {
    shown = computeDisplayFields(change);
    displayed.set(change, shown);
  }
  return shown;
}
var displayed = /* @__PURE__ */ new WeakMap();
function computeDisplayFields(change) {
  const kind = (change.head ?? change.base)?.ref.kind;
  if (kind !== "CustomResourceDefinition" || !change.base || !change.head)
    return { fields: change.fields, notes: [] };
  const fields = change.fields.filter((field) => !CRD_SCHEMA.test(field.path));
  if (fields.length === change.fields.length)
    return { fields, notes: [] };
  const comparison = compareCrds(toCrd(change.base.object), toCrd(change.head.object));
  const notes = comparison.changes.slice(0, MAX_CRD_CHANGES).map((crdChange) => `${[crdChange.class, crdChange.version, crdChange.path].filter((part) => part !== "").join(" ")}: ${crdChange.message}`);
  const more = comparison.changes.length - MAX_CRD_CHANGES;
  if (more > 0)
    notes.push(`\u2026 ${more} more CRD change${more === 1 ? "" : "s"} (all in the JSON report's fields)`);
  if (comparison.changes.length === 0)
    notes.push("schema: no difference that matters to custom resources");
  return { fields, notes };
}

// lib/report/text.js
var ANSI = {
  error: "\x1B[31m",
  warning: "\x1B[33m",
  notice: "\x1B[36m"
};
var ANSI_RESET = "\x1B[0m";
var SEVERITY_WIDTH = "warning".length;
var VALUE_MAX_LENGTH = 120;
function changeRef(change) {
  return (change.head ?? change.base)?.ref;
}
function formatChangeRef(change) {
  const ref = changeRef(change);
  return ref ? describeResource(ref) : change.key;
}
function formatValue2(value, max = VALUE_MAX_LENGTH) {
  const text = value === void 0 ? "(none)" : JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function renderText(report, opts) {
  const findingsByFile = /* @__PURE__ */ new Map();
  for (const finding of sortFindings(report.findings)) {
    const list = findingsByFile.get(finding.file) ?? [];
    list.push(finding);
    findingsByFile.set(finding.file, list);
  }
  const changesByFile = /* @__PURE__ */ new Map();
  for (const fileChanges of report.changes) {
    if (fileChanges.resources.some((change) => change.type !== "unchanged")) {
      changesByFile.set(fileChanges.file, [...changesByFile.get(fileChanges.file) ?? [], fileChanges]);
    }
  }
  const files = [.../* @__PURE__ */ new Set([...findingsByFile.keys(), ...changesByFile.keys()])].sort(compareStrings);
  const blocks = [];
  for (const file of files) {
    const findings = findingsByFile.get(file) ?? [];
    const groups = changesByFile.get(file) ?? [];
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
      const indent = group.target ? "  " : "";
      for (const change of group.resources)
        lines.push(...changeLines(change).map((line) => indent + line));
    }
    blocks.push(lines.join("\n"));
  }
  blocks.push(summaryLine(report, findingsByFile.size));
  return blocks.join("\n\n");
}
function colorSeverity(severity, color) {
  const padded = severity.padEnd(SEVERITY_WIDTH);
  return color ? `${ANSI[severity]}${severity}${ANSI_RESET}${padded.slice(severity.length)}` : padded;
}
function changeLines(change) {
  const label = formatChangeRef(change);
  switch (change.type) {
    case "unchanged":
      return [];
    case "added":
      return [`  + ${label} (added)`];
    case "removed":
      return [`  - ${label} (removed)`];
    case "modified": {
      const shown = displayFields(change);
      return [
        `  ~ ${label} (modified)`,
        ...shown.fields.map((field) => `    ${field.path}: ${formatValue2(field.before)} -> ${formatValue2(field.after)}`),
        ...shown.notes.map((note) => `    ${note}`)
      ];
    }
  }
}
function summaryLine(report, filesWithFindings) {
  const versions = `kubernetes ${report.kubernetesVersion}, upgrade target ${report.upgradeVersion}`;
  const { error, warning, notice } = report.summary;
  if (error + warning + notice === 0)
    return `No findings (${versions})`;
  const counts = [plural(error, "error"), plural(warning, "warning"), plural(notice, "notice")].join(", ");
  return `${counts} in ${plural(filesWithFindings, "file")} (${versions})`;
}

// lib/report/markdown.js
var DEFAULT_MARKDOWN_MAX_LENGTH = 65e3;
var MAX_FIELDS_PER_RESOURCE = 100;
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function renderMarkdown(report, opts = {}) {
  let maxLength = opts.maxLength ?? DEFAULT_MARKDOWN_MAX_LENGTH;
  for (; ; ) {
    const text = renderWithin(report, opts, maxLength);
    const bytes = opts.maxBytes === void 0 ? 0 : Buffer.byteLength(text, "utf8");
    if (opts.maxBytes === void 0 || bytes <= opts.maxBytes || maxLength <= 0)
      return text;
    maxLength = Math.max(0, Math.min(maxLength - 1, Math.floor(maxLength * opts.maxBytes / bytes) - 16));
  }
}
function renderWithin(report, opts, maxLength) {
  const title = opts.title ?? "kube-pr-review";
  const rows2 = tableOrder(report.findings).map(findingRow);
  const blocks = fileBlocks(report);
  const head = header(report, title, opts.notes ?? []);
  const full = render(head, rows2, blocks, Infinity);
  if (full.text.trimEnd().length <= maxLength)
    return full.text.trimEnd();
  const totalChanges = blocks.reduce((sum, block) => sum + block.chunks.length, 0);
  const note = (findings, changes) => omissionNote(findings, changes, opts.fullReportUrl);
  const reserve = note(rows2.length, totalChanges).length;
  const cut = render(head, rows2, blocks, maxLength - reserve);
  const text = (cut.text + note(cut.omittedFindings, cut.omittedChanges)).trimEnd();
  return text.length <= maxLength ? text : text.slice(0, maxLength);
}
function render(head, rows2, blocks, budget) {
  let text = head;
  const fits = (extra) => text.length + extra <= budget;
  let shownRows = 0;
  if (rows2.length > 0) {
    const tableHead = "| Severity | Location | Resource | Rule | Message |\n| --- | --- | --- | --- | --- |\n";
    const firstRow = rows2[0] ?? "";
    if (fits(tableHead.length + firstRow.length + 1)) {
      text += tableHead;
      for (const row of rows2) {
        if (!fits(row.length + 1))
          break;
        text += row;
        shownRows++;
      }
      text += "\n";
    }
  }
  let shownChanges = 0;
  const sectionHead = "#### Resource changes\n\n";
  let sectionStarted = false;
  for (const block of blocks) {
    const open = detailsOpen(block);
    const close = "```\n\n</details>\n\n";
    const fixed = open.length + close.length + (sectionStarted ? 0 : sectionHead.length);
    let body = "";
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
    omittedFindings: rows2.length - shownRows,
    omittedChanges: totalChanges - shownChanges
  };
}
function header(report, title, notes) {
  const { error, warning, notice } = report.summary;
  const counts = [
    error > 0 ? plural(error, "error") : "",
    warning > 0 ? plural(warning, "warning") : "",
    notice > 0 ? plural(notice, "notice") : ""
  ].filter((part) => part !== "");
  const icon = error > 0 ? ICON.error : warning > 0 ? ICON.warning : notice > 0 ? ICON.notice : "\u2705";
  const verdict2 = `### ${icon} ${title}: ${counts.length > 0 ? counts.join(", ") : "no findings"}`;
  const facts = [`Kubernetes ${report.kubernetesVersion}, upgrade target ${report.upgradeVersion}`];
  if (report.mode === "review") {
    const changed = report.changes.filter((file) => file.resources.some((r) => r.type !== "unchanged"));
    const resources = changed.reduce((sum, file) => sum + file.resources.filter((r) => r.type !== "unchanged").length, 0);
    facts.push(`${plural(resources, "resource")} changed in ${plural(changed.length, "file")}`);
    if (report.base && report.head)
      facts.push(`\`${short(report.base)}...${short(report.head)}\``);
  } else {
    facts.push(`audit of ${plural(report.stats.resources, "resource")} in ${plural(report.stats.filesRead, "file")}`);
  }
  const quoted = notes.map((note) => `> ${note.replace(/\r?\n|\r/g, " ")}
`).join(">\n");
  return `${verdict2}

${facts.join(" \xB7 ")}

${quoted ? `${quoted}
` : ""}`;
}
function short(sha) {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
function tableOrder(findings) {
  return sortFindings(findings).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
function findingRow(finding) {
  const cells = [
    `${ICON[finding.severity]} ${finding.severity}`,
    escapeCell(`${finding.file}:${finding.line}`),
    finding.resource ? escapeCell(describeResource(finding.resource)) : "",
    `[${escapeCell(finding.ruleId)}](${escapeUrl(finding.helpUri)})`,
    escapeCell(finding.message)
  ];
  return `| ${cells.join(" | ")} |
`;
}
function escapeCell(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n|\r/g, "<br>");
}
function escapeUrl(url) {
  return url.replace(/[|\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function fileBlocks(report) {
  const findingsPerFile = /* @__PURE__ */ new Map();
  for (const finding of report.findings) {
    findingsPerFile.set(finding.file, (findingsPerFile.get(finding.file) ?? 0) + 1);
  }
  return [...report.changes].sort((a, b) => compareStrings(a.file, b.file)).map((fileChanges) => ({
    fileChanges,
    chunks: fileChanges.resources.filter((change) => change.type !== "unchanged").map(diffChunk),
    findings: findingsPerFile.get(fileChanges.file) ?? 0
  })).filter((block) => block.chunks.length > 0);
}
function detailsOpen(block) {
  const { file, status, target } = block.fileChanges;
  const details = [plural(block.chunks.length, "resource") + " changed"];
  if (block.findings > 0 && !target)
    details.push(plural(block.findings, "finding"));
  const title = target ? `${escapeHtml(target)} (rendered, ${status}) from <code>${escapeHtml(file)}</code>` : `<code>${escapeHtml(file)}</code> (${status})`;
  return `<details><summary>${title}: ${details.join(", ")}</summary>

\`\`\`diff
`;
}
function diffChunk(change) {
  const label = formatChangeRef(change);
  const lines = [];
  if (change.type === "added")
    lines.push(`+ ${label} (added)`);
  else if (change.type === "removed")
    lines.push(`- ${label} (removed)`);
  else {
    lines.push(`@@ ${label} (modified) @@`);
    const shown = displayFields(change);
    for (const field of shown.fields.slice(0, MAX_FIELDS_PER_RESOURCE)) {
      if (field.type !== "added")
        lines.push(`- ${field.path}: ${formatValue2(field.before)}`);
      if (field.type !== "removed")
        lines.push(`+ ${field.path}: ${formatValue2(field.after)}`);
    }
    const hidden = shown.fields.length - MAX_FIELDS_PER_RESOURCE;
    if (hidden > 0)
      lines.push(`  \u2026 ${plural(hidden, "more field")}`);
    for (const note of shown.notes)
      lines.push(`  ${note}`);
  }
  return lines.map((line) => `${line.replace(/\r?\n|\r/g, "\\n")}
`).join("");
}
function omissionNote(findings, changes, fullReportUrl) {
  const parts = [];
  if (findings > 0)
    parts.push(plural(findings, "finding"));
  if (changes > 0)
    parts.push(plural(changes, "resource change"));
  const what = parts.length > 0 ? parts.join(" and ") : "Some content";
  const verb = findings + changes === 1 ? "was" : "were";
  const where2 = fullReportUrl ? `the job summary of the [kube-pr-review check](${fullReportUrl})` : "the job summary";
  return `> [!NOTE]
> ${what} ${verb} left out to stay within the size limit. The full report is in ${where2} and the JSON report.
`;
}

// lib/crd/report.js
function renderCrdDiffJson(result2) {
  return {
    version: 1,
    changes: result2.changes.map((change) => ({
      crd: change.crd,
      version: change.version,
      path: change.path,
      change: change.change,
      class: change.class,
      message: change.message
    })),
    summary: { ...result2.summary }
  };
}
function rows(changes) {
  const out = [];
  const folded = /* @__PURE__ */ new Map();
  for (const change of changes) {
    if (change.change !== "description-changed") {
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
        class: "safe",
        version,
        path: "",
        change: "description-changed",
        message: `descriptions changed at ${list.length} places (${list.slice(0, 3).map((change) => change.path || "the version").join(", ")}${list.length > 3 ? ", \u2026" : ""})`
      });
  }
  return out;
}
var ANSI2 = {
  breaking: "\x1B[31m",
  risky: "\x1B[33m",
  safe: "\x1B[36m"
};
var RESET = "\x1B[0m";
var CLASS_WIDTH = "breaking".length;
function verdict(result2) {
  const worst = worstClass(result2.changes);
  const crds = `${result2.crds.length} CRD${result2.crds.length === 1 ? "" : "s"} compared`;
  if (!worst)
    return `No CRD difference (${crds}). ${UPGRADE_ADVICE.none}`;
  return [
    `${crds}: ${countsText(result2.summary)}.`,
    UPGRADE_ADVICE[worst],
    ...changeAdvice(result2.changes)
  ].join(" ");
}
function crdHeading(comparison) {
  const counts = CHANGE_CLASSES.map((changeClass) => ({
    changeClass,
    count: comparison.changes.filter((change) => change.class === changeClass).length
  }));
  return `${comparison.crd}: ${counts.map(({ changeClass, count }) => `${count} ${changeClass}`).join(", ")}`;
}
function renderCrdDiffText(result2, labels, color) {
  const blocks = [`CRD changes from ${labels.old} to ${labels.new}`];
  const same = result2.crds.filter((comparison) => comparison.changes.length === 0).map((comparison) => comparison.crd);
  for (const comparison of result2.crds) {
    if (comparison.changes.length === 0)
      continue;
    const lines = [crdHeading(comparison)];
    for (const row of rows(comparison.changes)) {
      const padded = row.class.padEnd(CLASS_WIDTH);
      const label = color ? `${ANSI2[row.class]}${row.class}${RESET}${padded.slice(row.class.length)}` : padded;
      const where2 = [row.version, row.path].filter(Boolean).join(" ");
      lines.push(`  ${label}  ${where2 ? `${where2}  ` : ""}${row.message}  [${row.change}]`);
    }
    blocks.push(lines.join("\n"));
  }
  if (same.length > 0)
    blocks.push(`No difference: ${same.join(", ")}`);
  blocks.push(verdict(result2));
  return `${blocks.join("\n\n")}
`;
}
function code(text) {
  return text ? `\`${text.replace(/`/g, "'")}\`` : "";
}
function renderCrdDiffMarkdown(result2, labels) {
  const lines = [
    `### CRD changes: ${escapeCell(labels.old)} \u2192 ${escapeCell(labels.new)}`,
    "",
    verdict(result2),
    "",
    "| CRD | breaking | risky | safe |",
    "| --- | ---: | ---: | ---: |"
  ];
  for (const comparison of result2.crds) {
    const count = (changeClass) => comparison.changes.filter((change) => change.class === changeClass).length;
    lines.push(`| ${code(comparison.crd)} | ${count("breaking")} | ${count("risky")} | ${count("safe")} |`);
  }
  for (const comparison of result2.crds) {
    if (comparison.changes.length === 0)
      continue;
    lines.push("", `#### ${escapeCell(comparison.crd)}`, "", "| class | version | field | change | details |", "| --- | --- | --- | --- | --- |");
    for (const row of rows(comparison.changes)) {
      lines.push(`| ${row.class} | ${escapeCell(row.version)} | ${code(row.path)} | ${code(row.change)} | ${escapeCell(row.message)} |`);
    }
  }
  return `${lines.join("\n")}
`;
}

// lib/meta.js
var TOOL_NAME = "kube-pr-review";
var TOOL_VERSION = "0.1.0";
var HOMEPAGE = "https://github.com/kube-pr-review/kube-pr-review";
function ruleHelpUri(ruleId) {
  return `${HOMEPAGE}/blob/main/docs/rules/${ruleId}.md`;
}

// lib/cli/crd-diff.js
var CRD_DIFF_USAGE = `Usage:
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
var FORMATS = ["text", "markdown", "json"];
async function runCrdDiff(argv, io) {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout.write(`${CRD_DIFF_USAGE}
`);
    return 0;
  }
  if (positionals.length !== 2)
    throw new UserError(`crd-diff takes two paths, OLD and NEW, got ${positionals.length}
${CRD_DIFF_USAGE}`);
  const format = values.format ?? "text";
  if (!FORMATS.includes(format))
    throw new UserError(`--format must be one of ${FORMATS.join(", ")}, got '${format}'`);
  const failOn = values["fail-on"] ?? "error";
  if (!FAIL_ON_LEVELS.includes(failOn))
    throw new UserError(`--fail-on must be one of ${FAIL_ON_LEVELS.join(", ")}, got '${failOn}'`);
  const [oldArg, newArg] = positionals;
  const [oldSet, newSet] = await Promise.all([
    loadCrdPath(resolve(io.cwd, oldArg), { relativeTo: io.cwd }),
    loadCrdPath(resolve(io.cwd, newArg), { relativeTo: io.cwd })
  ]);
  for (const warning of [...oldSet.warnings, ...newSet.warnings]) {
    io.stderr.write(`${TOOL_NAME}: warning: ${warning}
`);
  }
  const result2 = compareCrdSets(oldSet.crds, newSet.crds);
  const labels = { old: display(io.cwd, oldArg), new: display(io.cwd, newArg) };
  switch (format) {
    case "json":
      io.stdout.write(`${JSON.stringify(renderCrdDiffJson(result2), null, 2)}
`);
      break;
    case "markdown":
      io.stdout.write(renderCrdDiffMarkdown(result2, labels));
      break;
    case "text": {
      const color = !values["no-color"] && !!io.stdout.isTTY && !io.env.NO_COLOR;
      io.stdout.write(renderCrdDiffText(result2, labels, color));
      break;
    }
  }
  const summary = {
    error: result2.summary.breaking,
    warning: result2.summary.risky,
    notice: result2.summary.safe
  };
  return exceedsFailOn(summary, failOn) ? 1 : 0;
}
function display(cwd, path) {
  const rel = relative2(cwd, resolve(cwd, path));
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
}
function parse(argv) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string" },
        "fail-on": { type: "string" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UserError(`${errorMessage(error)}
${CRD_DIFF_USAGE}`);
  }
}

// lib/git/git.js
import { execFile, spawn } from "node:child_process";
var MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;
var GIT_CONFIG = ["-c", "core.quotePath=false", "-c", "diff.external=", "-c", "core.pager=cat"];
async function git(repo, args, signal) {
  return new Promise((resolve6, reject) => {
    execFile("git", [...GIT_CONFIG, ...args], { cwd: repo, maxBuffer: MAX_OUTPUT_BYTES, encoding: "utf8", env: gitEnv(), ...signal && { signal } }, (error, stdout, stderr) => {
      if (error) {
        const detail = stderr.trim().split("\n")[0] || error.message;
        reject(new GitError(`git ${args[0]} failed: ${detail}`));
      } else {
        resolve6(stdout);
      }
    });
  });
}
var GitError = class extends UserError {
};
var environment;
function gitEnv() {
  return environment ??= { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" };
}
async function resolveCommit(repo, ref) {
  try {
    const [object] = await objectReader(repo).read([`${ref}^{commit}`]);
    return object?.type === "commit" ? object.sha : void 0;
  } catch {
    return void 0;
  }
}
async function mergeBase(repo, base, head) {
  try {
    return await nearAncestor(repo, base, head) ?? ((await git(repo, ["merge-base", base, head])).trim() || void 0);
  } catch {
    return void 0;
  }
}
var ANCESTRY_WALK = 64;
async function nearAncestor(repo, base, head) {
  const [baseCommit, headCommit] = await readObjects(repo, [`${base}^{commit}`, `${head}^{commit}`]);
  if (!baseCommit || !headCommit)
    return void 0;
  const seen = /* @__PURE__ */ new Set([headCommit.sha]);
  let frontier = [headCommit];
  while (frontier.length > 0 && seen.size <= ANCESTRY_WALK) {
    if (frontier.some((commit) => commit.sha === baseCommit.sha))
      return baseCommit.sha;
    const parents = frontier.flatMap((commit) => parentsOf(commit.data)).filter((sha) => !seen.has(sha));
    parents.forEach((sha) => seen.add(sha));
    frontier = (await readObjects(repo, parents)).filter((commit) => commit?.type === "commit");
  }
  return void 0;
}
function parentsOf(commit) {
  const header3 = commit.subarray(0, Math.max(0, commit.indexOf("\n\n"))).toString("latin1");
  return [...header3.matchAll(/^parent ([0-9a-f]+)$/gm)].map((match) => match[1]);
}
async function remoteUrls(repo) {
  try {
    const out = await git(repo, ["config", "--get-regexp", "^remote\\..*\\.url$"]);
    return out.split("\n").map((line) => line.slice(line.indexOf(" ") + 1).trim()).filter((url) => url !== "");
  } catch {
    return [];
  }
}
async function listTreeEntries(repo, ref) {
  const out = await git(repo, ["ls-tree", "-r", "-z", "--full-tree", ref]);
  const entries = [];
  for (const record of out.split("\0")) {
    const tab = record.indexOf("	");
    if (tab === -1)
      continue;
    const [mode = "", type = "", object = ""] = record.slice(0, tab).split(" ");
    if (type === "blob")
      entries.push({ path: record.slice(tab + 1), mode, object });
  }
  return entries;
}
async function grepFiles(repo, ref, patterns, pathspecs) {
  const stdout = await grep(repo, ref, ["-l"], patterns, pathspecs);
  const prefix = `${ref}:`;
  return stdout.split("\0").filter((path) => path !== "").map((path) => path.startsWith(prefix) ? path.slice(prefix.length) : path);
}
async function grepMatches(repo, ref, patterns, pathspecs) {
  const stdout = await grep(repo, ref, ["-o"], patterns, pathspecs);
  const prefix = `${ref}:`;
  const matches = /* @__PURE__ */ new Map();
  for (let at = 0; at < stdout.length; ) {
    const nul = stdout.indexOf("\0", at);
    if (nul === -1)
      break;
    const newline = stdout.indexOf("\n", nul);
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
  const args = [...GIT_CONFIG, "grep", ...mode, "-z", "-I", "-E"];
  for (const pattern of patterns)
    args.push("-e", pattern);
  args.push(ref, "--", ...pathspecs);
  return new Promise((resolve6, reject) => {
    execFile("git", args, { cwd: repo, maxBuffer: MAX_OUTPUT_BYTES, encoding: "utf8", env: gitEnv() }, (error, stdout, stderr) => {
      if (error && error.code !== 1) {
        reject(new GitError(`git grep failed: ${stderr.trim().split("\n")[0] || error.message}`));
        return;
      }
      resolve6(stdout);
    });
  });
}
async function readBlobs(repo, ref, paths) {
  const result2 = /* @__PURE__ */ new Map();
  if (paths.length === 0)
    return result2;
  const objects = await objectReader(repo).read(paths.map((path) => `${ref}:${path}`));
  paths.forEach((path, i) => {
    const object = objects[i];
    result2.set(path, object?.type === "blob" ? object.data : void 0);
  });
  return result2;
}
function readObjects(repo, names) {
  return names.length === 0 ? Promise.resolve([]) : objectReader(repo).read(names);
}
var IDLE_CLOSE_MS = 1e3;
var ObjectReader = class {
  onClose;
  child;
  pending = [];
  chunks = [];
  bufferedBytes = 0;
  /** The header of the object whose content is still arriving. */
  current;
  stderr = "";
  idleTimer;
  closed = false;
  constructor(repo, onClose) {
    this.onClose = onClose;
    this.child = spawn("git", [...GIT_CONFIG, "cat-file", "--batch"], { cwd: repo, env: gitEnv() });
    this.child.stdout.on("data", (chunk) => this.receive(chunk));
    this.child.stderr.on("data", (chunk) => {
      if (this.stderr.length < 64 * 1024)
        this.stderr += chunk.toString();
    });
    this.child.stdin.on("error", () => {
    });
    this.child.on("error", (error) => this.fail(new GitError(`git cat-file failed: ${error.message}`)));
    this.child.on("close", (code2) => this.fail(new GitError(`git cat-file failed: ${this.stderr.trim() || `exited with ${code2}`}`)));
    this.idle();
  }
  /**
   * The objects named `names` (`rev:path`, `rev^{commit}`...), in order; undefined for a missing one, and for a
   * name with a newline (which would be two requests).
   */
  read(names) {
    if (this.closed)
      return Promise.reject(new GitError("git cat-file has exited"));
    const asked = names.filter((name) => !name.includes("\n"));
    if (asked.length === 0)
      return Promise.resolve(names.map(() => void 0));
    this.busy();
    const reads = asked.map(() => new Promise((resolve6, reject) => this.pending.push({ resolve: resolve6, reject })));
    this.child.stdin.write(asked.map((name) => `${name}
`).join(""));
    if (asked.length === names.length)
      return Promise.all(reads);
    return Promise.all(reads).then((objects) => {
      const found = new Map(asked.map((name, i) => [name, objects[i]]));
      return names.map((name) => found.get(name));
    });
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
    for (; ; ) {
      if (!this.current) {
        const header3 = this.takeLine();
        if (header3 === void 0)
          return;
        const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header3);
        if (!match) {
          this.settle(void 0);
          continue;
        }
        this.current = { sha: match[1], type: match[2], size: Number(match[3]) };
      }
      if (this.bufferedBytes < this.current.size + 1)
        return;
      const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
      const data = all.subarray(0, this.current.size);
      const rest = all.subarray(this.current.size + 1);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.bufferedBytes = rest.length;
      const { sha, type } = this.current;
      this.current = void 0;
      this.settle({ sha, type, data });
    }
  }
  takeLine() {
    const first = this.chunks[0];
    if (!first)
      return void 0;
    let all = first;
    let newline = first.indexOf(10);
    if (newline === -1 && this.chunks.length > 1) {
      all = Buffer.concat(this.chunks);
      this.chunks = [all];
      newline = all.indexOf(10);
    }
    if (newline === -1)
      return void 0;
    const line = all.subarray(0, newline).toString();
    const rest = all.subarray(newline + 1);
    this.chunks.splice(0, 1, ...rest.length > 0 ? [rest] : []);
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
    this.idleTimer = void 0;
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
};
var readers = /* @__PURE__ */ new Map();
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
async function readTextAt(repo, ref, path) {
  return (await readBlobs(repo, ref, [path])).get(path)?.toString("utf8");
}

// lib/pipeline.js
import { readdirSync, readFileSync as readFileSync4 } from "node:fs";
import { readFile as readFile4, stat as stat2 } from "node:fs/promises";
import { join as join10, relative as relative4, resolve as resolve4, sep as sep2 } from "node:path";

// lib/diff/mask.js
var SECRET_MASK = "(masked secret value)";
function isSecret(object) {
  return object?.kind === "Secret" && (object.apiVersion === "v1" || object.apiVersion === "");
}
function maskSecretValue(value) {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(Object.keys(value).map((key) => [key, SECRET_MASK]));
  }
  return SECRET_MASK;
}

// lib/diff/diff.js
var GENERATED_SUFFIX = /^(.+)-[2456789bcdfghkmt]{10}$/;
var GENERATED_KINDS = /* @__PURE__ */ new Set(["ConfigMap", "Secret"]);
function diffResources(base, head, options = {}) {
  const baseByKey = new Map(base.map((resource) => [resource.key, resource]));
  const changes = [];
  const seen = /* @__PURE__ */ new Set();
  for (const after of head) {
    if (seen.has(after.key))
      continue;
    seen.add(after.key);
    const before = baseByKey.get(after.key);
    if (!before) {
      changes.push({ key: after.key, type: "added", head: after, fields: [] });
      continue;
    }
    changes.push(compare(before, after, options));
  }
  for (const before of base) {
    if (seen.has(before.key))
      continue;
    seen.add(before.key);
    changes.push({ key: before.key, type: "removed", base: before, fields: [] });
  }
  return options.pairGeneratedNames ? pairGenerated(changes, options) : changes;
}
function compare(before, after, options) {
  const fields = options.identical?.(before, after) ? [] : diffObjects(before.object, after.object, isSecret(after.object) || isSecret(before.object), options.ignoreFields);
  return {
    key: after.key,
    type: fields.length > 0 ? "modified" : "unchanged",
    base: before,
    head: after,
    fields
  };
}
function pairGenerated(changes, options) {
  const generatedName = (resource) => {
    if (!resource || !GENERATED_KINDS.has(resource.ref.kind))
      return void 0;
    const stem = GENERATED_SUFFIX.exec(resource.ref.name)?.[1];
    return stem === void 0 ? void 0 : resourceKey({ ...resource.ref, name: stem });
  };
  const byStem = (type) => {
    const found = /* @__PURE__ */ new Map();
    for (const change of changes) {
      const stem = change.type === type ? generatedName(type === "added" ? change.head : change.base) : void 0;
      if (stem !== void 0)
        found.set(stem, [...found.get(stem) ?? [], change]);
    }
    return found;
  };
  const added = byStem("added");
  const removed = byStem("removed");
  const replaced = /* @__PURE__ */ new Map();
  for (const [stem, [gone, ...moreGone]] of removed) {
    const [came, ...moreCame] = added.get(stem) ?? [];
    if (!gone || !came || moreGone.length > 0 || moreCame.length > 0)
      continue;
    replaced.set(came, compare(gone.base, came.head, options));
    replaced.set(gone, void 0);
  }
  if (replaced.size === 0)
    return changes;
  return changes.flatMap((change) => {
    if (!replaced.has(change))
      return [change];
    const replacement = replaced.get(change);
    return replacement ? [replacement] : [];
  });
}
function diffObjects(before, after, secret, ignore) {
  const changes = [];
  walk(before, after, "", [], { secret, out: changes, ...ignore ? { ignore } : {} });
  return changes;
}
function walk(before, after, path, segments, state) {
  if (deepEqual2(before, after))
    return;
  if (state.ignore && segments.length > 0 && state.ignore.matches(segments))
    return;
  const { secret, out } = state;
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)]);
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
    const strip = (value) => isPlainObject(value) ? stripIgnored(value, segments, state.ignore) : value;
    before = strip(before);
    after = strip(after);
    if (deepEqual2(before, after))
      return;
    if (isPlainObject(before) && Object.keys(before).length === 0 && after === void 0)
      return;
    if (isPlainObject(after) && Object.keys(after).length === 0 && before === void 0)
      return;
  }
  const show = (value) => secret && isSecretValuePath(path) ? maskSecretValue(value) : value;
  if (before === void 0)
    out.push({ path, type: "added", after: show(after) });
  else if (after === void 0)
    out.push({ path, type: "removed", before: show(before) });
  else
    out.push({ path, type: "changed", before: show(before), after: show(after) });
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
function isSecretValuePath(path) {
  return /^(data|stringData)(\.|\[|$)/.test(path) || path.includes("last-applied-configuration");
}
function joinKey(path, key) {
  const segment = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
  if (path === "")
    return segment;
  return segment.startsWith('"') ? `${path}[${segment}]` : `${path}.${segment}`;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function deepEqual2(a, b) {
  if (a === b)
    return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") {
    return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b))
    return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual2(item, b[i]));
  }
  const aKeys = Object.keys(a);
  const bObject = b;
  return aKeys.length === Object.keys(bObject).length && aKeys.every((key) => Object.hasOwn(bObject, key) && deepEqual2(a[key], bObject[key]));
}

// lib/engine/engine.js
import { createHash } from "node:crypto";

// lib/rules/parse-error.js
var parseErrorMeta = {
  id: "parse-error",
  description: "A changed manifest file cannot be parsed (invalid YAML, alias bomb, binary or too large).",
  category: "parsing",
  defaultSeverity: "error"
};

// lib/engine/engine.js
var ResourceChecker = class {
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
        ...change ? { change } : {}
      };
      for (const rule of this.enabled) {
        const id = rule.meta.id;
        if (resource.ignoredRules.has(id) || resource.ignoredRules.has("*") || this.ignore(id, resource))
          continue;
        const report = (found) => this.findings.push(toFinding(rule, resource, found, options));
        try {
          const pending = rule.check(resource, context, report);
          if (pending)
            this.pending.push(pending.catch((error) => this.internalError(rule, resource, error)));
        } catch (error) {
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
      severity: "error",
      message: `internal error in rule ${id}: ${errorMessage(error)}`,
      file: resource.file,
      line: resource.line,
      resource: resource.ref,
      helpUri: ruleHelpUri(id),
      fingerprint: fingerprint([id, resource.file, resource.key, "internal-error"])
    });
  }
};
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
    if (ignore(parseErrorMeta.id, void 0, problem.file))
      continue;
    findings.push({
      ruleId: parseErrorMeta.id,
      severity: setting?.severity ?? parseErrorMeta.defaultSeverity,
      message: problem.message,
      file: problem.file,
      line: problem.line,
      helpUri: ruleHelpUri(parseErrorMeta.id),
      fingerprint: fingerprint([parseErrorMeta.id, problem.file, problem.message.replace(/\d+/g, "#")])
    });
  }
  return findings;
}
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
      const resource = found.subject ?? (found.resource ? resourcesByRef(found.resource, found.file) : void 0);
      if (resource && (resource.ignoredRules.has(found.ruleId) || resource.ignoredRules.has("*")))
        return;
      if (ignore(found.ruleId, resource, found.file))
        return;
      findings.push({
        ruleId: found.ruleId,
        severity: options.rules[found.ruleId]?.severity ?? found.severity ?? defaults.get(found.ruleId) ?? "error",
        message: found.message,
        file: found.file,
        line: found.line,
        ...found.endLine ? { endLine: found.endLine } : {},
        ...found.resource ? { resource: found.resource } : {},
        helpUri: ruleHelpUri(found.ruleId),
        fingerprint: fingerprint([found.ruleId, found.file, found.key]),
        ...found.fix ? { fix: found.fix } : {}
      });
    };
    try {
      await analyzer.analyze(input, report);
    } catch (error) {
      const id = analyzer.metas[0]?.id ?? "analyzer";
      findings.push({
        ruleId: id,
        severity: "error",
        message: `internal error in ${id}: ${errorMessage(error)}`,
        file: input.changedFiles[0]?.path ?? ".",
        line: 1,
        helpUri: ruleHelpUri(id),
        fingerprint: fingerprint([id, "internal-error"])
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
    fingerprint: fingerprint([id, resource.file, resource.key, found.key ?? ""]),
    ...found.fix ? { fix: found.fix } : {}
  };
}
function fingerprint(parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 20);
}
function compileIgnores(entries) {
  if (entries.length === 0)
    return () => false;
  const compiled = entries.map((entry) => ({
    ...entry,
    pathPattern: entry.path ? globToRegExp(entry.path) : void 0
  }));
  return (ruleId, resource, file) => compiled.some((entry) => {
    if (entry.rules && !entry.rules.includes(ruleId))
      return false;
    const path = resource?.file ?? file ?? "";
    if (entry.pathPattern && !entry.pathPattern.test(path))
      return false;
    if (entry.kind !== void 0 || entry.name !== void 0 || entry.namespace !== void 0) {
      if (!resource)
        return false;
      if (entry.kind !== void 0 && entry.kind !== resource.ref.kind)
        return false;
      if (entry.name !== void 0 && !nameMatches(entry.name, resource.ref.name))
        return false;
      if (entry.namespace !== void 0 && !nameMatches(entry.namespace, resource.ref.namespace ?? ""))
        return false;
    }
    return true;
  });
}

// lib/collect/repo-lookup.js
function mentionsKind(kinds2) {
  const names = kinds2.map(escapeRegExp).join("|");
  const pattern = new RegExp(`(?:^|\\n)[ \\t-]*kind:[ \\t]*["']?(?:${names})["']?[ \\t]*(?:#[^\\n]*)?(?:\\r?\\n|$)|"kind"\\s*:\\s*"(?:${names})"`);
  return (text) => pattern.test(text);
}
function kindsKey(kinds2) {
  return [...new Set(kinds2)].sort().join(",");
}
function kindPatterns(kinds2) {
  const names = kinds2.map(escapeRegExp).join("|");
  return [
    `^[[:space:]-]*kind:[[:space:]]*["']?(${names})["']?[[:space:]]*(#.*)?$`,
    `"kind"[[:space:]]*:[[:space:]]*"(${names})"`
  ];
}
function kindMentions(matches) {
  const mentions = /* @__PURE__ */ new Map();
  for (const [path, texts] of matches) {
    const kinds2 = /* @__PURE__ */ new Set();
    for (const text of texts) {
      const kind = /kind"?\s*:\s*["']?([^"'\s#]+)/.exec(text)?.[1];
      if (kind)
        kinds2.add(kind);
    }
    if (kinds2.size > 0)
      mentions.set(path, kinds2);
  }
  return mentions;
}
function mentioningAny(mentions, kinds2) {
  return [...mentions].filter(([, named]) => kinds2.some((kind) => named.has(kind))).map(([path]) => path);
}
function treeLookup(source) {
  const parsed = /* @__PURE__ */ new Map();
  const results = /* @__PURE__ */ new Map();
  const load = async (kinds2) => {
    const wanted = new Set(kinds2);
    const mentions = mentionsKind(kinds2);
    const found = source.known.filter((resource) => wanted.has(resource.ref.kind));
    for (const [path, text] of await source.readMentioning(kinds2)) {
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
    resourcesOfKind(kinds2) {
      const key = kindsKey(kinds2);
      let result2 = results.get(key);
      if (!result2) {
        result2 = load(kinds2);
        results.set(key, result2);
      }
      return result2;
    }
  };
}
var StreamingLookup = class {
  files;
  parse;
  collected = /* @__PURE__ */ new Map();
  results = /* @__PURE__ */ new Map();
  endOfPass;
  passDone = new Promise((resolve6) => this.endOfPass = resolve6);
  constructor(declaredKinds, files, parse3) {
    this.files = files;
    this.parse = parse3;
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
  resourcesOfKind(kinds2) {
    const key = kindsKey(kinds2);
    let result2 = this.results.get(key);
    if (!result2) {
      const unique = [...new Set(kinds2)];
      const rare = unique.filter((kind) => !this.collected.has(kind));
      const found = rare.length > 0 ? this.parseMentioning(rare) : [];
      result2 = unique.some((kind) => this.collected.has(kind)) ? this.passDone.then(() => [...found, ...unique.flatMap((kind) => this.collected.get(kind) ?? [])]) : Promise.resolve(found);
      this.results.set(key, result2);
    }
    return result2;
  }
  parseMentioning(kinds2) {
    const mentions = mentionsKind(kinds2);
    const wanted = new Set(kinds2);
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
};
function withoutNodes(resource) {
  const line = resource.line;
  return { ...resource, lineOf: () => line };
}
function staticLookup(resources) {
  const results = /* @__PURE__ */ new Map();
  return {
    resourcesOfKind(kinds2) {
      const key = kindsKey(kinds2);
      let result2 = results.get(key);
      if (!result2) {
        const wanted = new Set(kinds2);
        result2 = resources.filter((resource) => wanted.has(resource.ref.kind));
        results.set(key, result2);
      }
      return Promise.resolve(result2);
    }
  };
}

// lib/collect/charts.js
function isChartFile(path) {
  return baseName(path) === "Chart.yaml";
}
function parseChart(file, text) {
  const parsed = parseYamlWithLines(text);
  if (!parsed)
    return void 0;
  const data = asRecord(parsed.data);
  const dir = dirOf(file);
  const info = {
    dir,
    file,
    name: asString(data.name) ?? baseName(dir),
    version: asString(data.version) ?? "",
    ...asString(data.appVersion) !== void 0 ? { appVersion: asString(data.appVersion) } : {},
    type: asString(data.type) ?? "application",
    versionLine: parsed.lineOf(["version"]),
    dependencies: [],
    escaping: []
  };
  asList(data.dependencies).forEach((entry, index) => {
    const dependency = asRecord(entry);
    const name = asString(dependency.name);
    if (!name)
      return;
    const repository = asString(dependency.repository) ?? "";
    const line = parsed.lineOf(["dependencies", index]);
    const item = {
      name,
      version: asString(dependency.version) ?? "",
      repository,
      line,
      versionLine: parsed.lineOf(["dependencies", index, "version"])
    };
    if (repository.startsWith("file://")) {
      const local = joinRepoPath(dir, repository.slice("file://".length));
      if (local === void 0)
        info.escaping.push({ repository, line });
      else
        item.localDir = local;
    } else if (repository !== "" && !isRemoteReference(repository) && !repository.startsWith("@")) {
      const local = joinRepoPath(dir, repository);
      if (local === void 0)
        info.escaping.push({ repository, line });
      else
        item.localDir = local;
    }
    info.dependencies.push(item);
  });
  return info;
}
function isSubchart(dir, chartDirs) {
  const parts = dir.split("/");
  for (let i = parts.length - 2; i >= 1; i--) {
    if (parts[i] === "charts" && chartDirs.has(parts.slice(0, i).join("/")))
      return true;
  }
  return false;
}

// lib/collect/kustomizations.js
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function isKustomizationFile(path) {
  return KUSTOMIZATION_FILES.includes(baseName(path));
}
function parseKustomization(file, text, dirs) {
  const parsed = parseYamlWithLines(text);
  if (!parsed)
    return void 0;
  const data = asRecord(parsed.data);
  const dir = dirOf(file);
  const info = {
    dir,
    file,
    component: asString(data.kind) === "Component",
    dirRefs: [],
    remote: [],
    escaping: [],
    originAnnotations: asList(data.buildMetadata).includes("originAnnotations"),
    helmCharts: [],
    chartHome: joinRepoPath(dir, "charts"),
    configMapGenerators: configMapGenerators(data, dir, parsed.lineOf)
  };
  const chartHome = asString(asRecord(data.helmGlobals).chartHome);
  if (chartHome !== void 0) {
    const path = joinRepoPath(dir, chartHome);
    if (path === void 0)
      info.escaping.push({ reference: chartHome, line: parsed.lineOf(["helmGlobals", "chartHome"]) });
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
      ...repo ? { repo } : {},
      ...version ? { version, versionLine: parsed.lineOf(["helmCharts", index, "version"]) } : {},
      line: parsed.lineOf(["helmCharts", index])
    });
  });
  for (const field of ["resources", "bases", "components"]) {
    asList(data[field]).forEach((entry, index) => {
      const reference = asString(entry);
      if (!reference)
        return;
      if (isRemoteReference(reference)) {
        info.remote.push({ reference, field, index, line: parsed.lineOf([field, index]) });
        return;
      }
      const path = joinRepoPath(dir, reference);
      if (path === void 0)
        info.escaping.push({ reference, line: parsed.lineOf([field, index]) });
      else if (dirs.has(path) && path !== dir)
        info.dirRefs.push(path);
    });
  }
  return info;
}
function configMapGenerators(data, dir, lineOf2) {
  const generators = [];
  asList(data.configMapGenerator).forEach((raw, index) => {
    const entry = asRecord(raw);
    const name = asString(entry.name);
    if (!name)
      return;
    const namespace = asString(entry.namespace) ?? asString(data.namespace);
    const generator = {
      name,
      ...namespace ? { namespace } : {},
      files: [],
      literals: [],
      line: lineOf2(["configMapGenerator", index])
    };
    asList(entry.files).forEach((item, i) => {
      const spec = asString(item);
      if (!spec)
        return;
      const equals = spec.indexOf("=");
      const reference = equals === -1 ? spec : spec.slice(equals + 1);
      const path = joinRepoPath(dir, reference);
      if (path === void 0)
        return;
      const key = equals === -1 ? baseName(reference) : spec.slice(0, equals);
      generator.files.push({ key, path, line: lineOf2(["configMapGenerator", index, "files", i]) });
    });
    asList(entry.literals).forEach((item, i) => {
      const spec = asString(item);
      const equals = spec?.indexOf("=") ?? -1;
      if (!spec || equals <= 0)
        return;
      generator.literals.push({
        key: spec.slice(0, equals),
        value: spec.slice(equals + 1),
        line: lineOf2(["configMapGenerator", index, "literals", i])
      });
    });
    generators.push(generator);
  });
  return generators;
}
function kustomizeClosure(dir, byDir) {
  const seen = /* @__PURE__ */ new Set();
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

// lib/collect/index-side.js
function chartInputDirs(dir, charts) {
  const seen = /* @__PURE__ */ new Set();
  const visit = (current) => {
    if (seen.has(current))
      return;
    seen.add(current);
    for (const dependency of charts.get(current)?.dependencies ?? []) {
      if (dependency.localDir !== void 0)
        visit(dependency.localDir);
    }
  };
  visit(dir);
  return [...seen];
}
function kustomizationFileIn(dir, tree) {
  return KUSTOMIZATION_FILES.map((name) => dir === "" ? name : `${dir}/${name}`).find((file) => tree.files.has(file));
}
function sourceKind(dir, index) {
  if (index.charts.has(dir))
    return "helm";
  if (kustomizationFileIn(dir, index.tree))
    return "kustomize";
  return index.tree.dirs.has(dir) ? "directory" : "missing";
}
function helmTarget(base, spec, index, problems, moreInputFiles = []) {
  const inputDirs = spec.chart.type === "path" ? chartInputDirs(spec.chart.path, index.charts) : [];
  const inputFiles = [
    ...spec.valuesFiles.filter((file) => !file.inChart).map((file) => file.path),
    ...spec.setFiles.map((file) => file.path),
    ...moreInputFiles
  ];
  if (spec.chart.type === "path") {
    for (const dir of inputDirs) {
      for (const escaping of index.charts.get(dir)?.escaping ?? []) {
        problems.push({
          message: `chart dependency '${escaping.repository}' is outside the repository: it is not read`,
          at: { file: index.charts.get(dir).file, line: escaping.line },
          severity: "error"
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
    severity: "error"
  };
}
function emptyHelmSpec(chart, releaseName2, namespace) {
  return {
    type: "helm",
    chart,
    releaseName: releaseName2,
    namespace,
    valuesFiles: [],
    inlineValues: [],
    set: [],
    setFiles: [],
    includeCrds: true,
    apiVersions: []
  };
}

// lib/collect/applicationset.js
var import_yaml5 = __toESM(require_dist(), 1);
var Unknowable = class extends Error {
};
async function applicationSet(resource, context) {
  const spec = asRecord(resource.object.spec);
  const template = asRecord(spec.template);
  const setNs = resource.ref.namespace ?? "";
  const label = `ApplicationSet ${setNs ? `${setNs}/` : ""}${resource.ref.name}`;
  if (typeof spec.templatePatch === "string" && spec.templatePatch.trim() !== "") {
    context.note(`${label}: templatePatch is a Go template of its own: the Applications are not rendered`);
    return [];
  }
  const generatorContext = { ...context, goTemplate: spec.goTemplate === true };
  const sets = [];
  if (!hasPlaceholder(template)) {
    sets.push({ params: {}, files: [] });
  } else {
    for (const generator of asList(spec.generators)) {
      try {
        sets.push(...await generate(asRecord(generator), generatorContext));
      } catch (error) {
        if (!(error instanceof Unknowable))
          throw error;
        context.note(`${label}: ${error.message}`);
      }
    }
  }
  const apps = [];
  const names = /* @__PURE__ */ new Set();
  for (const { params, files } of sets) {
    const state = { unresolved: false };
    const filled = asRecord(substitute(template, params, state));
    const name = asString(asRecord(filled.metadata).name);
    if (state.unresolved || !name) {
      context.note(`${label}: a template with placeholders the repository does not fill is not rendered`);
      continue;
    }
    if (names.has(name)) {
      context.note(`${label}: two generated Applications are named ${name}: the first one is rendered`);
      continue;
    }
    names.add(name);
    apps.push({
      id: `ApplicationSet:${setNs}/${resource.ref.name}/${name}`,
      label: `Application ${name} (${label})`,
      name,
      spec: asRecord(filled.spec),
      lineOf: (path) => path[0] === "spec" ? resource.lineOf(["spec", "template", "spec", ...path.slice(1)]) : resource.lineOf(["spec", "template", ...path]),
      file: resource.file,
      declared: { start: resource.line, end: resource.endLine },
      inputFiles: files
    });
  }
  return apps;
}
async function generate(generator, context) {
  const kind = Object.keys(generator).find((key) => key !== "selector" && key !== "values") ?? "unknown";
  const body = asRecord(generator[kind]);
  let sets;
  if (kind === "list")
    sets = listParams(body);
  else if (kind === "git")
    sets = await gitParams(body, context);
  else if (kind === "matrix")
    sets = await matrixParams(body, context);
  else if (kind === "merge")
    sets = await mergeParams(body, context);
  else {
    throw new Unknowable(`the ${kind} generator depends on the live system: its Applications are not rendered`);
  }
  if (isRecord(body.values))
    sets = sets.map((set) => withValues(set, asRecord(body.values), context));
  if (isRecord(generator.selector))
    sets = sets.filter((set) => selects(asRecord(generator.selector), set.params));
  return sets;
}
function listParams(list) {
  if (!Array.isArray(list.elements)) {
    throw new Unknowable("a list generator without elements (elementsYaml) is not rendered");
  }
  return list.elements.map((element) => ({ params: flatten(asRecord(element)), files: [] }));
}
function includedAndExcluded(entries) {
  const records = entries.map(asRecord);
  const paths = (excluded) => records.filter((entry) => entry.exclude === true === excluded).map((entry) => asString(entry.path) ?? "");
  return { include: paths(false), exclude: paths(true) };
}
async function gitParams(git2, context) {
  const repoURL = asString(git2.repoURL) ?? "";
  if (!context.identity.includes(repoURL)) {
    throw new Unknowable(`the git generator reads ${repoURL}, not this repository: its Applications are not rendered`);
  }
  const prefix = asString(git2.pathParamPrefix) ?? "";
  const key = (name) => prefix ? `${prefix}.${name}` : name;
  const { tree } = context.index;
  if (Array.isArray(git2.directories)) {
    const { include, exclude } = includedAndExcluded(git2.directories);
    const dirs = [...tree.dirs].filter((dir) => dir !== "" && !dir.split("/").some((part) => part.startsWith("."))).filter((dir) => include.some((p) => pathMatch(p, dir)) && !exclude.some((p) => pathMatch(p, dir))).sort();
    return dirs.map((dir) => ({ params: pathParams(dir, void 0, key, context.goTemplate), files: [] }));
  }
  if (Array.isArray(git2.files)) {
    const { include, exclude } = includedAndExcluded(git2.files);
    const files = [...tree.files.keys()].filter((file) => include.some((p) => pathspecMatch(p, file)) && !exclude.some((p) => pathspecMatch(p, file))).sort();
    const texts = await tree.readText(files);
    const sets = [];
    for (const file of files) {
      for (const content of fileObjects(texts.get(file) ?? "", file)) {
        const params = {
          ...flatten(content),
          ...pathParams(dirOf(file) || ".", baseName(file), key, context.goTemplate)
        };
        sets.push({ params, files: [file] });
      }
    }
    return sets;
  }
  throw new Unknowable("a git generator with neither directories nor files is not rendered");
}
function fileObjects(text, file) {
  let data;
  try {
    data = (0, import_yaml5.parse)(text, { ...KUBERNETES_YAML, maxAliasCount: 100 });
  } catch (error) {
    throw new Unknowable(`the git files generator cannot read ${file}: ${error.message.split("\n")[0]}`);
  }
  if (data === null || data === void 0)
    return [{}];
  if (isRecord(data))
    return [data];
  if (Array.isArray(data) && data.every(isRecord))
    return data;
  throw new Unknowable(`the git files generator reads ${file}, which is neither a mapping nor a list of them`);
}
function pathParams(dir, filename, key, goTemplate) {
  const params = {};
  const segments = dir.split("/");
  params[key(goTemplate ? "path.path" : "path")] = dir;
  params[key("path.basename")] = segments[segments.length - 1];
  params[key("path.basenameNormalized")] = sanitizeName(segments[segments.length - 1]);
  if (filename !== void 0) {
    params[key("path.filename")] = filename;
    params[key("path.filenameNormalized")] = sanitizeName(filename);
  }
  segments.forEach((segment, i) => {
    if (segment === "")
      return;
    params[key(goTemplate ? `path.segments.${i}` : `path[${i}]`)] = segment;
  });
  return params;
}
async function matrixParams(matrix, context) {
  const children = asList(matrix.generators).map(asRecord);
  if (children.length !== 2)
    throw new Unknowable("a matrix generator needs exactly two generators");
  const out = [];
  for (const first of await generate(children[0], context)) {
    const state = { unresolved: false };
    const second = asRecord(substitute(children[1], first.params, state));
    for (const set of await generate(second, context)) {
      const params = combine(first.params, set.params, context.goTemplate);
      out.push({ params, files: [...first.files, ...set.files] });
    }
  }
  return out;
}
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
async function mergeParams(merge2, context) {
  const keys = asList(merge2.mergeKeys).map(asString).filter((key) => !!key);
  const children = asList(merge2.generators).map(asRecord);
  if (keys.length === 0 || children.length < 2) {
    throw new Unknowable("a merge generator needs mergeKeys and at least two generators");
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
function withValues(set, values, context) {
  const params = { ...set.params };
  for (const [name, value] of Object.entries(values)) {
    const state = { unresolved: false };
    const rendered = substitute(asString(value) ?? "", set.params, state);
    if (state.unresolved && context.goTemplate)
      continue;
    params[`values.${name}`] = rendered;
  }
  return { ...set, params };
}
function selects(selector, params) {
  for (const [name, value] of Object.entries(asRecord(selector.matchLabels))) {
    if (params[name] !== asString(value))
      return false;
  }
  for (const raw of asList(selector.matchExpressions)) {
    const expression = asRecord(raw);
    const name = asString(expression.key) ?? "";
    const values = asList(expression.values).map(asString);
    const present2 = name in params;
    switch (asString(expression.operator)) {
      case "In":
        if (!present2 || !values.includes(params[name]))
          return false;
        break;
      case "NotIn":
        if (present2 && values.includes(params[name]))
          return false;
        break;
      case "Exists":
        if (!present2)
          return false;
        break;
      case "DoesNotExist":
        if (present2)
          return false;
        break;
      default:
        throw new Unknowable(`a selector operator '${asString(expression.operator) ?? ""}' is not known`);
    }
  }
  return true;
}
function sanitizeName(name) {
  return name.toLowerCase().replace(/[^-a-z0-9.]/g, "-").slice(0, 253).replace(/^[-.]+|[-.]+$/g, "");
}
function pathMatch(pattern, path) {
  return globExpression(pattern, "[^/]").test(path);
}
function pathspecMatch(pattern, path) {
  const spec = pattern.replace(/^\/+/, "");
  if (!/[*?[]/.test(spec))
    return path === spec || path.startsWith(`${spec.replace(/\/+$/, "")}/`);
  return globExpression(spec, ".").test(path);
}
function globExpression(pattern, any) {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "*")
      source += `${any}*`;
    else if (char === "?")
      source += any;
    else if (char === "\\" && i + 1 < pattern.length)
      source += escapeRegExp(pattern[++i]);
    else if (char === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end === -1)
        return /(?!)/;
      const body = pattern.slice(i + 1, end);
      const negated = body.startsWith("^") || body.startsWith("!");
      source += `[${negated ? `^${body.slice(1)}` : body}]`;
      i = end;
    } else
      source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`);
}
var PLACEHOLDER = /\{\{\s*(?:index\s+\.([A-Za-z0-9_.-]+)\s+(\d+)|\.?([A-Za-z0-9_.[\]-]+))\s*\}\}/g;
function hasPlaceholder(value) {
  if (typeof value === "string")
    return value.includes("{{");
  if (Array.isArray(value))
    return value.some(hasPlaceholder);
  if (isRecord(value))
    return Object.entries(value).some(([key, item]) => key.includes("{{") || hasPlaceholder(item));
  return false;
}
function substitute(value, params, state) {
  if (typeof value === "string") {
    const result2 = value.replace(PLACEHOLDER, (match, list, index, name) => {
      const param = params[list !== void 0 ? `${list}.${index}` : name];
      if (param === void 0)
        state.unresolved = true;
      return param ?? match;
    });
    if (result2.includes("{{"))
      state.unresolved = true;
    return result2;
  }
  if (Array.isArray(value))
    return value.map((item) => substitute(item, params, state));
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [
      substitute(key, params, state),
      substitute(item, params, state)
    ]));
  }
  return value;
}
function flatten(value, prefix = "", out = {}) {
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item]) : Object.entries(value);
  for (const [key, item] of entries) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (isRecord(item) || Array.isArray(item))
      flatten(item, name, out);
    else if (item === null || item === void 0)
      out[name] = "";
    else
      out[name] = typeof item === "string" ? item : String(item);
  }
  return out;
}

// lib/collect/argo-kustomize.js
function kustomizationEdits(options) {
  if (!isRecord(options))
    return void 0;
  const strings2 = (value) => Object.fromEntries(Object.entries(asRecord(value)).flatMap(([key, raw]) => {
    const text = asString(raw);
    return text === void 0 ? [] : [[key, text]];
  }));
  const edits = {
    images: asList(options.images).flatMap((image) => {
      const spec = asString(image);
      return spec ? [imageEdit(spec)] : [];
    }),
    commonLabels: strings2(options.commonLabels),
    labelsWithoutSelector: options.labelWithoutSelector === true,
    commonAnnotations: strings2(options.commonAnnotations),
    replicas: asList(options.replicas).flatMap((raw) => {
      const entry = asRecord(raw);
      const name = asString(entry.name);
      const count = Number(asString(entry.count));
      return name && Number.isInteger(count) ? [{ name, count }] : [];
    }),
    patches: asList(options.patches).filter(isRecord),
    components: asList(options.components).flatMap((raw) => {
      const path = asString(raw);
      return path ? [path] : [];
    })
  };
  for (const field of ["namePrefix", "nameSuffix", "namespace"]) {
    const value = asString(options[field]);
    if (value)
      edits[field] = value;
  }
  const empty = edits.namePrefix === void 0 && edits.nameSuffix === void 0 && edits.namespace === void 0 && edits.images.length === 0 && Object.keys(edits.commonLabels).length === 0 && Object.keys(edits.commonAnnotations).length === 0 && edits.replicas.length === 0 && edits.patches.length === 0 && edits.components.length === 0;
  return empty ? void 0 : edits;
}
function imageEdit(spec) {
  const equals = spec.indexOf("=");
  const image = equals === -1 ? spec : spec.slice(equals + 1);
  let newName = image;
  let newTag;
  let digest;
  const at = image.indexOf("@");
  if (at !== -1) {
    newName = image.slice(0, at);
    digest = image.slice(at + 1);
  } else {
    const colon = image.lastIndexOf(":");
    if (colon > image.lastIndexOf("/")) {
      newName = image.slice(0, colon);
      newTag = image.slice(colon + 1);
    }
  }
  const name = equals === -1 ? newName : spec.slice(0, equals);
  return {
    name,
    ...newName !== name ? { newName } : {},
    ...newTag !== void 0 ? { newTag } : {},
    ...digest !== void 0 ? { digest } : {}
  };
}
function applyEdits(kustomization, edits) {
  const result2 = { ...kustomization };
  if (edits.namePrefix !== void 0)
    result2.namePrefix = edits.namePrefix;
  if (edits.nameSuffix !== void 0)
    result2.nameSuffix = edits.nameSuffix;
  if (edits.namespace !== void 0)
    result2.namespace = edits.namespace;
  if (edits.images.length > 0) {
    const images = asList(result2.images).map((entry) => ({ ...asRecord(entry) }));
    for (const edit of edits.images) {
      const existing = images.find((entry2) => entry2.name === edit.name);
      const entry = existing ?? { name: edit.name };
      if (edit.newName !== void 0)
        entry.newName = edit.newName;
      if (edit.newTag !== void 0) {
        entry.newTag = edit.newTag;
        delete entry.digest;
      }
      if (edit.digest !== void 0) {
        entry.digest = edit.digest;
        delete entry.newTag;
      }
      if (!existing)
        images.push(entry);
    }
    result2.images = images;
  }
  if (Object.keys(edits.commonLabels).length > 0) {
    if (edits.labelsWithoutSelector) {
      result2.labels = [...asList(result2.labels), { pairs: edits.commonLabels, includeSelectors: false }];
    } else {
      result2.commonLabels = { ...asRecord(result2.commonLabels), ...edits.commonLabels };
    }
  }
  if (Object.keys(edits.commonAnnotations).length > 0) {
    result2.commonAnnotations = { ...asRecord(result2.commonAnnotations), ...edits.commonAnnotations };
  }
  if (edits.replicas.length > 0) {
    const replicas = asList(result2.replicas).map((entry) => ({ ...asRecord(entry) }));
    for (const edit of edits.replicas) {
      const existing = replicas.find((entry) => entry.name === edit.name);
      if (existing)
        existing.count = edit.count;
      else
        replicas.push({ name: edit.name, count: edit.count });
    }
    result2.replicas = replicas;
  }
  if (edits.patches.length > 0)
    result2.patches = [...asList(result2.patches), ...edits.patches];
  if (edits.components.length > 0)
    result2.components = [...asList(result2.components), ...edits.components];
  return result2;
}

// lib/collect/argo.js
var ARGO_API_GROUP = "argoproj.io";
function isArgoApplication(resource) {
  return resource.ref.apiVersion.startsWith(`${ARGO_API_GROUP}/`) && (resource.ref.kind === "Application" || resource.ref.kind === "ApplicationSet");
}
async function argoTargets(resource, context) {
  const apps = resource.ref.kind === "Application" ? [application(resource)] : await applicationSet(resource, context);
  return apps.flatMap((app) => applicationTargets(app, context));
}
function application(resource) {
  const ns = resource.ref.namespace ?? "";
  return {
    id: `Application:${ns}/${resource.ref.name}`,
    label: `Application ${ns ? `${ns}/` : ""}${resource.ref.name}`,
    name: resource.ref.name,
    spec: asRecord(resource.object.spec),
    lineOf: (path) => resource.lineOf(path),
    file: resource.file,
    declared: { start: resource.line, end: resource.endLine }
  };
}
function applicationTargets(app, context) {
  const { spec } = app;
  const multi = Array.isArray(spec.sources);
  const sources = multi ? asList(spec.sources).map((source, i) => [source, ["spec", "sources", i]]) : [[spec.source, ["spec", "source"]]];
  const refs = new Map(sources.flatMap(([raw]) => {
    const source = asRecord(raw);
    const ref = asString(source.ref);
    return ref ? [[ref, asString(source.repoURL) ?? ""]] : [];
  }));
  const namespace = asString(asRecord(spec.destination).namespace) || "default";
  const targets = [];
  sources.forEach(([raw, path], i) => {
    const target = sourceTarget(app, asRecord(raw), path, i, { ...context, refs, namespace });
    if (target)
      targets.push(target);
  });
  if (targets.length > 1) {
    targets.forEach((target, i) => target.label = `${target.label} (source ${i + 1})`);
  }
  for (const target of targets)
    target.inputFiles = [.../* @__PURE__ */ new Set([...target.inputFiles, ...app.inputFiles ?? []])];
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
    declared: app.declared
  };
  const problems = [];
  const chartName = asString(source.chart);
  const sourceDir = asString(source.path);
  const repoURL = asString(source.repoURL) ?? "";
  const revision = asString(source.targetRevision) ?? "";
  let chart;
  let chartDir;
  if (chartName) {
    const remote2 = remoteChart(repoURL, chartName, revision);
    if (!remote2) {
      context.note(`${app.label}: chart repository '${repoURL}' is not an HTTP(S) or OCI Helm repository`);
      return void 0;
    }
    chart = remote2;
  } else if (sourceDir !== void 0) {
    if (asRecord(source).plugin !== void 0) {
      context.note(`${app.label}: config management plugins are never run`);
      return void 0;
    }
    if (!context.identity.includes(repoURL)) {
      context.note(`${app.label}: source repository ${repoURL} is not this repository: it is not rendered`);
      return void 0;
    }
    const dir = repoPath(sourceDir);
    if (dir === void 0) {
      problems.push({
        message: `source path '${sourceDir}' is outside the repository: it is not read`,
        at: at(["path"]),
        severity: "error"
      });
      return { ...common, spec: { type: "kustomize", path: "" }, inputDirs: [], inputFiles: [], problems };
    }
    const kind = sourceKind(dir, context.index);
    if (kind === "kustomize") {
      context.consumed.add(dir);
      return kustomizeSourceTarget(common, dir, context.index, kustomizationEdits(source.kustomize), at);
    }
    if (kind !== "helm")
      return void 0;
    context.consumed.add(dir);
    chart = { type: "path", path: dir };
    chartDir = dir;
  } else {
    return void 0;
  }
  const helm = asRecord(source.helm);
  const spec = emptyHelmSpec(chart, asString(helm.releaseName) || app.name, asString(helm.namespace) || context.namespace);
  spec.includeCrds = helm.skipCrds !== true;
  const kubeVersion = asString(helm.kubeVersion) ?? asString(source.kubeVersion);
  if (kubeVersion)
    spec.kubeVersion = kubeVersion;
  spec.apiVersions = asList(helm.apiVersions ?? source.apiVersions).map(asString).filter((v) => !!v);
  const optional = helm.ignoreMissingValueFiles === true;
  const elsewhere = [];
  asList(helm.valueFiles).forEach((entry, j) => {
    const reference = asString(entry);
    if (!reference)
      return;
    const where2 = at(["helm", "valueFiles", j]);
    if (isRemoteReference(reference)) {
      problems.push({
        message: `values file '${reference}' is a URL: remote values files are not fetched, so the release is not rendered`,
        at: where2,
        severity: "warning"
      });
      return;
    }
    const refMatch = /^\$([^/]+)\/(.*)$/.exec(reference);
    if (refMatch) {
      const refRepo = context.refs.get(refMatch[1]);
      if (refRepo === void 0) {
        problems.push({
          message: `values file '${reference}' names no source ref`,
          at: where2,
          severity: "error"
        });
        return;
      }
      if (!context.identity.includes(refRepo)) {
        elsewhere.push(`${reference} (${refRepo})`);
        return;
      }
      const path = repoPath(refMatch[2]);
      if (path === void 0)
        problems.push(valuesFileProblem(reference, where2));
      else
        spec.valuesFiles.push({ path, at: where2, ...optional ? { optional } : {} });
    } else if (chartDir !== void 0) {
      const path = joinRepoPath(chartDir, reference);
      if (path === void 0)
        problems.push(valuesFileProblem(reference, where2));
      else
        spec.valuesFiles.push({ path, at: where2, ...optional ? { optional } : {} });
    } else {
      const path = joinRepoPath("", reference);
      if (path === void 0)
        problems.push(valuesFileProblem(reference, where2));
      else
        spec.valuesFiles.push({ path, inChart: true, at: where2, ...optional ? { optional } : {} });
    }
  });
  if (elsewhere.length > 0) {
    context.note(`${app.label}: values files in other repositories (${elsewhere.join(", ")}): it is not rendered`);
    return void 0;
  }
  if (isRecord(helm.valuesObject)) {
    spec.inlineValues.push({ text: JSON.stringify(helm.valuesObject), at: at(["helm", "valuesObject"]) });
  } else if (typeof helm.values === "string" && helm.values.trim() !== "") {
    spec.inlineValues.push({ text: helm.values, at: at(["helm", "values"]) });
  }
  for (const parameter of asList(helm.parameters)) {
    const { name, value, forceString } = asRecord(parameter);
    if (typeof name !== "string" || name === "")
      continue;
    spec.set.push({ name, value: asString(value) ?? "", string: forceString === true });
  }
  asList(helm.fileParameters).forEach((parameter, j) => {
    const { name, path } = asRecord(parameter);
    if (typeof name !== "string" || typeof path !== "string")
      return;
    const where2 = at(["helm", "fileParameters", j]);
    const file = chartDir !== void 0 ? joinRepoPath(chartDir, path) : void 0;
    if (file === void 0)
      problems.push(valuesFileProblem(path, where2));
    else
      spec.setFiles.push({ name, path: file, at: where2 });
  });
  const versionAt2 = chart.type === "path" ? chartVersionAt(chart.path, context.index) : { file: app.file, line: app.lineOf([...sourcePath, "targetRevision"]) };
  return helmTarget({ ...common, ...versionAt2 ? { versionAt: versionAt2 } : {} }, spec, context.index, problems);
}
function kustomizeSourceTarget(common, dir, index, edits, at) {
  const inputDirs = kustomizeClosure(dir, index.kustomizations);
  const problems = [];
  edits?.components.forEach((component, i) => {
    const path = joinRepoPath(dir, component);
    if (path === void 0) {
      problems.push({
        message: `kustomize component '${component}' is outside the repository: it is not read`,
        at: at(["kustomize", "components", i]),
        severity: "error"
      });
    } else
      inputDirs.push(...kustomizeClosure(path, index.kustomizations));
  });
  return {
    ...common,
    spec: { type: "kustomize", path: dir, ...edits && { edits } },
    inputDirs: [...new Set(inputDirs)],
    inputFiles: [],
    problems
  };
}
function chartVersionAt(dir, index) {
  const chart = index.charts.get(dir);
  return chart ? { file: chart.file, line: chart.versionLine } : void 0;
}
function remoteChart(repoURL, chart, version) {
  const url = repoURL.replace(/\/+$/, "");
  if (/^https?:\/\//i.test(url))
    return { type: "repo", repoURL: url, chart, version };
  if (/^oci:\/\//i.test(url))
    return { type: "oci", ref: `${url}/${chart}`, version };
  if (url !== "" && !url.includes("://") && /^[\w.-]+(:\d+)?\//.test(url)) {
    return { type: "oci", ref: `oci://${url}/${chart}`, version };
  }
  return void 0;
}

// lib/collect/flux-values.js
function valuesFromConfigMapNames(releases) {
  const names = /* @__PURE__ */ new Set();
  for (const release of releases) {
    for (const entry of asList(asRecord(release.object.spec).valuesFrom)) {
      const { kind, name } = asRecord(entry);
      if (kind === "ConfigMap" && typeof name === "string" && name !== "")
        names.add(name);
    }
  }
  return names;
}
async function findConfigMaps(tree, names, kustomizations, parsed, pathspecs) {
  const found = /* @__PURE__ */ new Map();
  if (names.size === 0)
    return found;
  const add = (configMap) => found.set(configMap.name, [...found.get(configMap.name) ?? [], configMap]);
  const alternatives = [...names].map(escapeRegExp).join("|");
  const files = await tree.grep([`name["']?[[:space:]]*:[[:space:]]*["']?(${alternatives})`], pathspecs);
  const texts = await tree.readText(files.filter((file) => !parsed.has(file)));
  for (const file of files) {
    for (const resource of parsed.get(file) ?? parseManifestFile(file, texts.get(file) ?? "").resources) {
      if (resource.ref.kind !== "ConfigMap" || !names.has(resource.ref.name))
        continue;
      const keys = /* @__PURE__ */ new Map();
      for (const [key, value] of Object.entries(asRecord(resource.object.data))) {
        if (typeof value === "string")
          keys.set(key, { text: value, at: { file, line: resource.lineOf(["data", key]) } });
      }
      add({
        name: resource.ref.name,
        ...resource.ref.namespace ? { namespace: resource.ref.namespace } : {},
        file,
        keys
      });
    }
  }
  const generators = [...kustomizations].flatMap((info) => info.configMapGenerators.filter((generator) => names.has(generator.name)).map((generator) => ({ info, generator })));
  const generatorTexts = await tree.readText(generators.flatMap(({ generator }) => generator.files.map((f) => f.path)));
  for (const { info, generator } of generators) {
    const keys = /* @__PURE__ */ new Map();
    for (const literal of generator.literals) {
      keys.set(literal.key, { text: literal.value, at: { file: info.file, line: literal.line } });
    }
    for (const entry of generator.files) {
      const text = generatorTexts.get(entry.path);
      if (text !== void 0)
        keys.set(entry.key, { text, at: { file: info.file, line: entry.line }, path: entry.path });
    }
    add({
      name: generator.name,
      ...generator.namespace ? { namespace: generator.namespace } : {},
      file: info.file,
      keys
    });
  }
  return found;
}
function valuesFromSources(release, configMaps, note, label) {
  const namespace = release.ref.namespace ?? "";
  const sources = [];
  asList(asRecord(release.object.spec).valuesFrom).forEach((raw, index) => {
    const entry = asRecord(raw);
    const kind = asString(entry.kind) ?? "";
    const name = asString(entry.name) ?? "";
    const valuesKey = asString(entry.valuesKey) || "values.yaml";
    const targetPath = asString(entry.targetPath);
    const optional = entry.optional === true;
    const where2 = `valuesFrom ${kind} ${name}`;
    if (kind !== "ConfigMap") {
      note(`${label}: ${where2} is not read (Secret values stay out of the review); rendering without it`);
      return;
    }
    const candidates = (configMaps.get(name) ?? []).filter((configMap) => namespace === "" || configMap.namespace === void 0 || configMap.namespace === namespace);
    const nearby = candidates.filter((configMap) => dirOf(configMap.file) === dirOf(release.file));
    const chosen = candidates.length === 1 ? candidates[0] : nearby.length === 1 ? nearby[0] : void 0;
    if (!chosen) {
      note(candidates.length > 1 ? `${label}: ${where2} is defined ${candidates.length} times in this repository (${candidates.map((c) => c.file).join(", ")}); rendering without it` : `${label}: ${where2} is not in this repository${optional ? " (optional)" : ""}; rendering without it`);
      return;
    }
    const value = chosen.keys.get(valuesKey);
    if (!value) {
      note(`${label}: ${where2} (${chosen.file}) has no key ${valuesKey}; rendering without it`);
      return;
    }
    if (targetPath === void 0 || targetPath === "") {
      sources.push(value.path !== void 0 ? { type: "file", path: value.path, text: value.text, at: value.at } : { type: "inline", text: value.text, at: value.at });
      return;
    }
    const keys = targetPath.split(".");
    if (keys.some((key) => key === "" || /[[\]\\]/.test(key))) {
      note(`${label}: valuesFrom[${index}].targetPath '${targetPath}' is not a plain dotted path; rendering without it`);
      return;
    }
    const nested = keys.reduceRight((inner, key) => ({ [key]: inner }), typedValue(value.text));
    sources.push({ type: "inline", text: JSON.stringify(nested), at: value.at });
  });
  return sources;
}
function typedValue(text) {
  if (text === "true" || text === "false")
    return text === "true";
  if (text === "null")
    return null;
  if (/^(0|-?[1-9]\d{0,17})$/.test(text))
    return Number(text);
  return text;
}

// lib/collect/flux.js
var HELM_RELEASE_GROUP = "helm.toolkit.fluxcd.io";
var SOURCE_GROUP = "source.toolkit.fluxcd.io";
function isFluxHelmRelease(resource) {
  return resource.ref.apiVersion.startsWith(`${HELM_RELEASE_GROUP}/`) && resource.ref.kind === "HelmRelease";
}
function isFluxSource(resource) {
  return resource.ref.apiVersion.startsWith(`${SOURCE_GROUP}/`) && ["HelmRepository", "OCIRepository", "GitRepository", "Bucket"].includes(resource.ref.kind);
}
function fluxSourceKey(kind, namespace, name) {
  return `${kind}/${namespace}/${name}`;
}
function helmReleaseTarget(release, sources, configMaps, context) {
  const { index, consumed, note } = context;
  const spec = asRecord(release.object.spec);
  const ns = release.ref.namespace ?? "";
  const label = `HelmRelease ${ns ? `${ns}/` : ""}${release.ref.name}`;
  const at = (path) => ({ file: release.file, line: release.lineOf(path) });
  const sourceOf = (kind, ref) => sources.get(fluxSourceKey(kind, asString(ref.namespace) ?? ns, asString(ref.name) ?? ""));
  const problems = [];
  const targetNamespace = asString(spec.targetNamespace);
  const releaseName2 = asString(spec.releaseName) || (targetNamespace ? `${targetNamespace}-${release.ref.name}` : release.ref.name);
  const chartSpec = asRecord(asRecord(spec.chart).spec);
  const chartRef = asRecord(spec.chartRef);
  let chart;
  let versionAt2;
  let valuesInChart = true;
  if (isRecord(spec.chartRef)) {
    const kind = asString(chartRef.kind) ?? "";
    const source = sourceOf(kind, chartRef);
    const url = asString(asRecord(source?.object.spec).url) ?? "";
    if (!source || kind !== "OCIRepository" || !url.startsWith("oci://")) {
      note(`${label}: chartRef ${kind}/${asString(chartRef.name) ?? ""} is not an OCIRepository in this repository`);
      return void 0;
    }
    const ref = asRecord(asRecord(source.object.spec).ref);
    chart = { type: "oci", ref: url, version: asString(ref.tag) ?? asString(ref.semver) ?? "" };
    versionAt2 = {
      file: source.file,
      line: source.lineOf(["spec", "ref", ref.tag !== void 0 ? "tag" : "semver"])
    };
  } else {
    const sourceRef = asRecord(chartSpec.sourceRef);
    const kind = asString(sourceRef.kind) ?? "";
    const name = asString(chartSpec.chart) ?? "";
    if (kind === "GitRepository" || kind === "Bucket") {
      const gitSource = sourceOf(kind, sourceRef);
      const gitUrl = asString(asRecord(gitSource?.object.spec).url);
      if (kind === "GitRepository" && gitUrl !== void 0 && !context.identity.includes(gitUrl)) {
        note(`${label}: GitRepository ${asString(sourceRef.name) ?? ""} is ${gitUrl}, not this repository`);
        return void 0;
      }
      const dir = repoPath(name);
      if (dir === void 0) {
        problems.push({
          message: `chart path '${name}' is outside the repository: it is not read`,
          at: at(["spec", "chart", "spec", "chart"]),
          severity: "error"
        });
        return helmTarget({
          id: `HelmRelease:${ns}/${release.ref.name}`,
          label,
          anchor: anchor(release),
          declared: declared(release)
        }, emptyHelmSpec({ type: "path", path: "" }, releaseName2, targetNamespace || ns || "default"), index, problems);
      }
      if (sourceKind(dir, index) !== "helm")
        return void 0;
      consumed.add(dir);
      chart = { type: "path", path: dir };
      versionAt2 = chartVersionAt(dir, index);
      valuesInChart = false;
    } else {
      const source = sourceOf("HelmRepository", sourceRef);
      const repoSpec = asRecord(source?.object.spec);
      const url = (asString(repoSpec.url) ?? "").replace(/\/+$/, "");
      const version = asString(chartSpec.version) ?? "";
      if (!source || url === "") {
        note(`${label}: HelmRepository ${asString(sourceRef.name) ?? ""} is not in this repository`);
        return void 0;
      }
      if (url.startsWith("oci://") || asString(repoSpec.type) === "oci") {
        chart = { type: "oci", ref: `${url.replace(/^(?!oci:\/\/)/, "oci://")}/${name}`, version };
      } else if (/^https?:\/\//.test(url)) {
        chart = { type: "repo", repoURL: url, chart: name, version };
      } else {
        note(`${label}: repository URL '${url}' is not HTTP(S) or OCI`);
        return void 0;
      }
      versionAt2 = at(["spec", "chart", "spec", "version"]);
    }
  }
  const helm = emptyHelmSpec(chart, releaseName2, targetNamespace || ns || "default");
  helm.includeCrds = asString(asRecord(spec.install).crds) !== "Skip";
  const valuesFiles = [
    ...asList(chartSpec.valuesFiles),
    ...chartSpec.valuesFile ? [chartSpec.valuesFile] : []
  ];
  valuesFiles.forEach((entry, j) => {
    const reference = asString(entry);
    if (!reference)
      return;
    const where2 = at([
      "spec",
      "chart",
      "spec",
      Array.isArray(chartSpec.valuesFiles) ? "valuesFiles" : "valuesFile",
      j
    ]);
    const path = joinRepoPath("", reference);
    if (path === void 0)
      problems.push(valuesFileProblem(reference, where2));
    else
      helm.valuesFiles.push({ path, at: where2, ...valuesInChart ? { inChart: true } : {} });
  });
  const definitions = [];
  for (const source of valuesFromSources(release, configMaps, note, label)) {
    definitions.push(source.at.file);
    if (source.type === "file" && helm.inlineValues.length === 0) {
      helm.valuesFiles.push({ path: source.path, at: source.at });
    } else {
      helm.inlineValues.push({ text: source.text, at: source.at });
      if (source.type === "file")
        definitions.push(source.path);
    }
  }
  if (isRecord(spec.values))
    helm.inlineValues.push({ text: JSON.stringify(spec.values), at: at(["spec", "values"]) });
  return helmTarget({
    id: `HelmRelease:${ns}/${release.ref.name}`,
    label,
    anchor: anchor(release),
    declared: declared(release),
    ...versionAt2 ? { versionAt: versionAt2 } : {}
  }, helm, index, problems, definitions);
}
function anchor(resource) {
  return { file: resource.file, line: resource.line };
}
function declared(resource) {
  return { start: resource.line, end: resource.endLine };
}

// lib/collect/releases.js
function releaseTarget(release, configFile, index, consumed) {
  const at = (line) => ({ file: configFile, line });
  const problems = [];
  let chart;
  let versionAt2;
  if (release.repo !== void 0) {
    chart = remoteChart(release.repo, release.chart, release.version ?? "");
    versionAt2 = at(release.versionLine ?? release.line);
  } else if (release.chart.startsWith("oci://")) {
    chart = { type: "oci", ref: release.chart, version: release.version ?? "" };
    versionAt2 = at(release.versionLine ?? release.line);
  } else {
    chart = { type: "path", path: release.chart };
    consumed.add(release.chart);
    versionAt2 = chartVersionAt(release.chart, index);
    if (!index.charts.has(release.chart)) {
      problems.push({
        message: `release ${release.name}: '${release.chart}' is not a chart directory (no Chart.yaml) at this commit`,
        at: at(release.chartLine ?? release.line),
        severity: "error"
      });
    }
  }
  const spec = emptyHelmSpec(chart, release.name, release.namespace ?? "default");
  release.valuesFiles.forEach((path, i) => spec.valuesFiles.push({ path, at: at(release.valuesFileLines[i] ?? release.line) }));
  if (release.values !== void 0) {
    spec.inlineValues.push({
      text: JSON.stringify(release.values),
      at: at(release.valuesLine ?? release.line)
    });
  }
  return helmTarget({
    id: `release:${release.name}`,
    label: `release ${release.name}`,
    anchor: at(release.line),
    declared: { start: release.line, end: release.endLine ?? release.line },
    ...versionAt2 ? { versionAt: versionAt2 } : {}
  }, spec, index, problems);
}

// lib/collect/discover.js
var DECLARATION_PATTERNS = [
  `apiVersion:[[:space:]]*["']?(argoproj\\.io|helm\\.toolkit\\.fluxcd\\.io|source\\.toolkit\\.fluxcd\\.io)/`,
  `"apiVersion"[[:space:]]*:[[:space:]]*"(argoproj\\.io|helm\\.toolkit\\.fluxcd\\.io|source\\.toolkit\\.fluxcd\\.io)/`
];
var MANIFEST_PATHSPECS = ["*.yaml", "*.yml", "*.json"];
function startDeclarationSearch(store, commit) {
  store.grep(commit, DECLARATION_PATTERNS, MANIFEST_PATHSPECS).catch(() => {
  });
}
async function discoverSide(tree, releases, configFile, identity = () => Promise.resolve(ANY_REPOSITORY)) {
  const paths = [...tree.files.keys()];
  const chartFiles = paths.filter(isChartFile);
  const kustomizationFiles = paths.filter(isKustomizationFile);
  const [texts, declarationFiles] = await Promise.all([
    tree.readText([...chartFiles, ...kustomizationFiles]),
    tree.grep(DECLARATION_PATTERNS, MANIFEST_PATHSPECS)
  ]);
  const charts = /* @__PURE__ */ new Map();
  for (const file of chartFiles) {
    const chart = parseChart(file, texts.get(file) ?? "");
    if (chart)
      charts.set(chart.dir, chart);
  }
  const kustomizations = /* @__PURE__ */ new Map();
  for (const file of kustomizationFiles) {
    if (kustomizations.has(dirOf(file)))
      continue;
    const info = parseKustomization(file, texts.get(file) ?? "", tree.dirs);
    if (info)
      kustomizations.set(info.dir, info);
  }
  const index = { tree, charts, kustomizations };
  const consumed = /* @__PURE__ */ new Set();
  for (const chart of charts.values()) {
    for (const dependency of chart.dependencies)
      if (dependency.localDir !== void 0)
        consumed.add(dependency.localDir);
  }
  for (const info of kustomizations.values())
    info.dirRefs.forEach((dir) => consumed.add(dir));
  const notes = [];
  const note = (message) => notes.push(message);
  const declarationTexts = await tree.readText(declarationFiles);
  const parsedDeclarations = /* @__PURE__ */ new Map();
  for (const file of declarationFiles) {
    const text = declarationTexts.get(file);
    if (text !== void 0)
      parsedDeclarations.set(file, parseManifestFile(file, text).resources);
  }
  const declarations = [...parsedDeclarations.values()].flat();
  const known = declarations.length > 0 ? await identity() : ANY_REPOSITORY;
  const sources = new Map(declarations.filter(isFluxSource).map((resource) => [
    fluxSourceKey(resource.ref.kind, resource.ref.namespace ?? "", resource.ref.name),
    resource
  ]));
  const configMaps = await findConfigMaps(tree, valuesFromConfigMapNames(declarations.filter(isFluxHelmRelease)), kustomizations.values(), parsedDeclarations, MANIFEST_PATHSPECS);
  const declared2 = [];
  for (const resource of declarations) {
    if (isArgoApplication(resource)) {
      declared2.push(...await argoTargets(resource, { index, consumed, note, identity: known }));
    } else if (isFluxHelmRelease(resource)) {
      const target = helmReleaseTarget(resource, sources, configMaps, {
        index,
        consumed,
        note,
        identity: known
      });
      if (target)
        declared2.push(target);
    }
  }
  for (const release of releases)
    declared2.push(releaseTarget(release, configFile, index, consumed));
  for (const target of declared2) {
    if (target.spec.type === "kustomize")
      target.problems.push(...kustomizeProblems(target.inputDirs, index));
  }
  return { index, declared: declared2, consumed, notes };
}
function sideTargets(discovery, consumed) {
  const { index } = discovery;
  const targets = [...discovery.declared];
  const chartDirs = new Set(index.charts.keys());
  for (const chart of index.charts.values()) {
    if (consumed.has(chart.dir) || chart.type === "library" || isSubchart(chart.dir, chartDirs))
      continue;
    const spec = emptyHelmSpec({ type: "path", path: chart.dir }, releaseName(chart.name), "default");
    targets.push(helmTarget({
      id: `chart:${chart.dir}`,
      label: `chart ${chart.dir || "."}`,
      anchor: { file: chart.file, line: 1 },
      declared: { start: 1, end: Number.MAX_SAFE_INTEGER },
      versionAt: { file: chart.file, line: chart.versionLine }
    }, spec, index, []));
  }
  for (const info of index.kustomizations.values()) {
    if (info.component || consumed.has(info.dir))
      continue;
    if ([...chartDirs].some((dir) => isUnder(info.dir, dir)))
      continue;
    const inputDirs = kustomizeClosure(info.dir, index.kustomizations);
    targets.push({
      id: `kustomization:${info.dir}`,
      label: `kustomization ${info.dir || "."}`,
      anchor: { file: info.file, line: 1 },
      declared: { start: 1, end: Number.MAX_SAFE_INTEGER },
      spec: { type: "kustomize", path: info.dir },
      inputDirs,
      inputFiles: [],
      problems: kustomizeProblems(inputDirs, index)
    });
  }
  return targets;
}
function releaseName(chart) {
  const name = chart.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 53).replace(/-+$/, "");
  return name || "release";
}
function kustomizeProblems(dirs, index) {
  const problems = [];
  for (const member of dirs) {
    const info = index.kustomizations.get(member);
    for (const escaping of info?.escaping ?? []) {
      problems.push({
        message: `kustomization refers to '${escaping.reference}', outside the repository: it is not read`,
        at: { file: info.file, line: escaping.line },
        severity: "error"
      });
    }
  }
  return problems;
}

// lib/git/changes.js
async function diffCommits(repo, base, head, signal) {
  const output = await git(repo, [
    "diff",
    "--no-color",
    "--no-ext-diff",
    "--no-prefix",
    "--no-abbrev",
    "--raw",
    "-p",
    "-z",
    "-M",
    "-U3",
    base,
    head
  ], signal);
  const end = output.indexOf("\0\0");
  const changes = parseRawDiff(end === -1 ? output : output.slice(0, end + 1));
  const hunks = parseHunks(end === -1 ? "" : output.slice(end + 2));
  for (const change of changes)
    change.file.hunks = hunks.get(change.file.path) ?? [];
  return changes;
}
function parseRawDiff(output) {
  const fields = output.split("\0");
  const changes = [];
  for (let i = 0; i < fields.length; ) {
    const record = fields[i++];
    if (!record?.startsWith(":"))
      continue;
    const [oldMode = "", newMode = "", oldBlob = "", newBlob = "", code2 = ""] = record.slice(1).split(" ");
    const letter = code2[0];
    let file;
    if (letter === "R" || letter === "C") {
      const oldPath = fields[i++];
      const path = fields[i++];
      file = { path, oldPath, status: letter === "R" ? "renamed" : "added", hunks: [] };
    } else {
      const path = fields[i++];
      file = { path, oldPath: path, status: STATUS_BY_LETTER[letter ?? ""] ?? "modified", hunks: [] };
    }
    changes.push({ file, oldMode, newMode, oldBlob, newBlob });
  }
  return changes;
}
var STATUS_BY_LETTER = {
  A: "added",
  D: "deleted",
  M: "modified",
  T: "modified"
};
var HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseHunks(patch) {
  const byPath = /* @__PURE__ */ new Map();
  let current;
  let hunk;
  let newLine = 0;
  let oldPath = "";
  for (const line of patch.split("\n")) {
    if (line.startsWith("diff --git ")) {
      current = void 0;
      hunk = void 0;
    } else if (line.startsWith("--- ") && !hunk) {
      oldPath = unquote2(line.slice(4));
    } else if (line.startsWith("+++ ") && !hunk) {
      const newPath = unquote2(line.slice(4));
      current = [];
      byPath.set(newPath === "/dev/null" ? oldPath : newPath, current);
    } else if (line.startsWith("@@") && current) {
      const match = HUNK_HEADER.exec(line);
      if (!match)
        continue;
      hunk = {
        oldStart: Number(match[1]),
        oldLines: match[2] === void 0 ? 1 : Number(match[2]),
        newStart: Number(match[3]),
        newLines: match[4] === void 0 ? 1 : Number(match[4]),
        addedLines: []
      };
      newLine = hunk.newStart;
      current.push(hunk);
    } else if (hunk) {
      if (line.startsWith("+"))
        hunk.addedLines.push(newLine++);
      else if (line.startsWith(" "))
        newLine++;
      else if (line.startsWith("diff --git "))
        hunk = void 0;
    }
  }
  return byPath;
}
function unquote2(path) {
  const trimmed = path.replace(/\t$/, "");
  if (!trimmed.startsWith('"'))
    return trimmed;
  const bytes = [];
  const body = trimmed.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char !== "\\") {
      bytes.push(...Buffer.from(char));
      continue;
    }
    const next = body[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push((ESCAPES[next] ?? next).charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
var ESCAPES = {
  n: "\n",
  t: "	",
  '"': '"',
  "\\": "\\",
  a: "\x07",
  b: "\b",
  f: "\f",
  r: "\r",
  v: "\v"
};

// lib/collect/tree.js
var SYMLINK_MODE = "120000";
var SUBMODULE_MODE = "160000";
var BlobStore = class {
  repo;
  cache = /* @__PURE__ */ new Map();
  searches = /* @__PURE__ */ new Map();
  constructor(repo) {
    this.repo = repo;
  }
  async read(ids) {
    const missing = [...new Set(ids)].filter((id) => !this.cache.has(id));
    if (missing.length > 0) {
      const reading = readObjects(this.repo, missing);
      missing.forEach((id, i) => this.cache.set(id, reading.then((objects) => objects[i]?.type === "blob" ? objects[i].data : void 0)));
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
};
async function loadTree(repo, commit, side, store = new BlobStore(repo)) {
  const files = /* @__PURE__ */ new Map();
  const blobs = /* @__PURE__ */ new Map();
  for (const entry of await listTreeEntries(repo, commit)) {
    files.set(entry.path, entry.mode);
    blobs.set(entry.path, entry.object);
  }
  return new GitTree(repo, commit, side, files, blobs, store, (patterns, pathspecs) => store.grep(commit, patterns, pathspecs));
}
function baseTreeOf(head, base, changes) {
  const files = new Map(head.files);
  const blobs = new Map(head.blobs);
  const changed = /* @__PURE__ */ new Set();
  for (const { file, oldMode, oldBlob } of changes) {
    changed.add(file.path);
    changed.add(file.oldPath);
    files.delete(file.path);
    blobs.delete(file.path);
    if (file.status !== "added" && oldMode !== SUBMODULE_MODE) {
      files.set(file.oldPath, oldMode);
      blobs.set(file.oldPath, oldBlob);
    }
  }
  const searches = /* @__PURE__ */ new Map();
  const search = async (patterns, pathspecs) => {
    const unchanged = (await head.grep(patterns, pathspecs)).filter((path) => !changed.has(path));
    const candidates = [...changed].filter((path) => files.has(path) && files.get(path) !== SYMLINK_MODE && matchesPathspecs(path, pathspecs));
    const expressions = patterns.map(ereToRegExp);
    const texts = await tree.readBuffers(candidates);
    const matching = candidates.filter((path) => {
      const blob = texts.get(path);
      if (!blob || blob.subarray(0, 8e3).includes(0))
        return false;
      const text = blob.toString("utf8");
      return expressions.some((expression) => expression.test(text));
    });
    return [...unchanged, ...matching].sort();
  };
  const tree = new GitTree(head.repo, base, "base", files, blobs, head.store, (patterns, pathspecs) => {
    const key = JSON.stringify([patterns, pathspecs]);
    if (!searches.has(key))
      searches.set(key, search(patterns, pathspecs));
    return searches.get(key);
  });
  return tree;
}
var GitTree = class {
  repo;
  commit;
  side;
  files;
  blobs;
  store;
  search;
  dirs;
  constructor(repo, commit, side, files, blobs, store, search) {
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
      return id === void 0 ? [] : [id];
    });
    const blobs = await this.store.read(ids);
    return new Map(paths.map((path) => [path, blobs.get(this.blobs.get(path) ?? "")]));
  }
  async readText(paths) {
    return new Map([...await this.readBuffers(paths)].map(([path, blob]) => [path, blob?.toString("utf8")]));
  }
  grep(patterns, pathspecs) {
    return this.search(patterns, pathspecs);
  }
};
function directoriesOf(paths) {
  const dirs = /* @__PURE__ */ new Set([""]);
  for (const path of paths) {
    for (let dir = dirOf(path); dir !== "" && !dirs.has(dir); dir = dirOf(dir))
      dirs.add(dir);
  }
  return dirs;
}
function matchesPathspecs(path, pathspecs) {
  return pathspecs.some((spec) => {
    if (!spec.startsWith("*") || spec.slice(1).includes("*")) {
      throw new Error(`pathspec '${spec}' is not of the '*.ext' form`);
    }
    return path.endsWith(spec.slice(1));
  });
}
function ereToRegExp(pattern) {
  const translated = pattern.replaceAll("[:space:]", " \\t\\r\\f\\v");
  if (translated.includes("[:"))
    throw new Error(`unsupported POSIX class in '${pattern}'`);
  return new RegExp(translated, "m");
}

// lib/render/render-changes.js
var import_yaml10 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync3 } from "node:fs";
import { availableParallelism } from "node:os";
import { join as join9 } from "node:path";

// lib/collect/targets.js
function targetInputsInclude(target, path) {
  return target.inputFiles.includes(path) || target.inputDirs.some((dir) => dir === "" || path === dir || path.startsWith(`${dir}/`));
}

// lib/collect/affected.js
function pairTargets(base, head) {
  const pairs = /* @__PURE__ */ new Map();
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
function specKey(target) {
  return JSON.stringify([target.spec, target.problems.map((problem) => problem.message)], (key, value) => key === "at" ? void 0 : value);
}
function isAffected(pair, changed) {
  if (!pair.base || !pair.head)
    return true;
  if (specKey(pair.base) !== specKey(pair.head))
    return true;
  return changed.some((file) => file.status !== "deleted" && targetInputsInclude(pair.head, file.path) || file.status !== "added" && targetInputsInclude(pair.base, file.oldPath));
}
function changedInputs(pair, changed) {
  return changed.filter((file) => pair.head && file.status !== "deleted" && targetInputsInclude(pair.head, file.path) || pair.base && file.status !== "added" && targetInputsInclude(pair.base, file.oldPath));
}

// lib/collect/remote-refs.js
function githubHosts(apiUrl) {
  const hosts = { git: ["github.com", "www.github.com"], raw: ["raw.githubusercontent.com"] };
  let url;
  try {
    url = new URL(apiUrl);
  } catch {
    return hosts;
  }
  const host = url.hostname.toLowerCase();
  if (/^\/api\/v3\/?$/.test(url.pathname) && !hosts.git.includes(host))
    hosts.git.push(host);
  else if (host.startsWith("api.") && host.endsWith(".ghe.com"))
    hosts.git.push(host.slice(4));
  return hosts;
}
var NAME = /^[A-Za-z0-9_.-]{1,100}$/;
function parseGitHubRemote(reference, hosts) {
  let text = reference.trim().replace(/^git::/, "");
  const question = text.indexOf("?");
  const query = new URLSearchParams(question === -1 ? "" : text.slice(question + 1));
  if (question !== -1)
    text = text.slice(0, question);
  const queryRef = query.get("ref") ?? query.get("version") ?? void 0;
  let host;
  let rest;
  let scheme;
  const https = /^https?:\/\/([^/]+)\/(.*)$/i.exec(text);
  const ssh = /^ssh:\/\/git@([^/:]+)(?::\d+)?\/(.*)$/i.exec(text) ?? /^git@([^/:]+):(.*)$/i.exec(text);
  const bare = /^([a-z0-9.-]+\.[a-z]{2,})\/(.*)$/i.exec(text);
  if (https) {
    if (https[1].includes("@"))
      return void 0;
    [host, rest, scheme] = [https[1].toLowerCase().replace(/:443$/, ""), https[2], "https"];
  } else if (ssh) {
    [host, rest, scheme] = [ssh[1].toLowerCase(), ssh[2], "ssh"];
  } else if (bare) {
    [host, rest, scheme] = [bare[1].toLowerCase(), bare[2], "none"];
  } else {
    return void 0;
  }
  if (hosts.raw.includes(host)) {
    if (scheme !== "https")
      return void 0;
    const segments = rest.split("/");
    return rawRemote(segments, "github.com");
  }
  if (!hosts.git.includes(host))
    return void 0;
  const canonical = host === "www.github.com" ? "github.com" : host;
  let owner;
  let repo;
  let path;
  const doubleSlash = rest.indexOf("//");
  if (doubleSlash !== -1) {
    const repoPart = rest.slice(0, doubleSlash).split("/");
    if (repoPart.length !== 2)
      return void 0;
    [owner, repo] = [repoPart[0], repoPart[1]];
    path = rest.slice(doubleSlash + 2);
  } else {
    const segments = rest.split("/");
    if (segments.length < 2)
      return void 0;
    [owner, repo] = [segments[0], segments[1]];
    if (scheme === "https" && segments[2] === "raw" && queryRef === void 0) {
      return rawRemote([owner, repo, ...segments.slice(3)], canonical);
    }
    path = segments.slice(2).join("/");
  }
  repo = repo.replace(/\.git$/, "");
  return remote(canonical, owner, repo, path, queryRef, "git");
}
function rawRemote(segments, host) {
  const [owner, repo] = segments;
  if (owner === void 0 || repo === void 0)
    return void 0;
  let refParts = 1;
  if (segments[2] === "refs" && (segments[3] === "heads" || segments[3] === "tags"))
    refParts = 3;
  const ref = segments.slice(2, 2 + refParts).join("/");
  const path = segments.slice(2 + refParts).join("/");
  if (ref === "" || path === "")
    return void 0;
  return remote(host, owner, repo, path, decodeURIComponent(ref), "raw");
}
function remote(host, owner, repo, rawPath, ref, form) {
  if (!NAME.test(owner) || !NAME.test(repo) || repo === "." || repo === "..")
    return void 0;
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath.replace(/\/+$/, ""));
  } catch {
    return void 0;
  }
  if (decoded.split("/").some((segment) => segment === ".."))
    return void 0;
  const path = decoded === "" ? "" : joinRepoPath("", decoded);
  if (path === void 0)
    return void 0;
  if (ref !== void 0 && (ref === "" || ref.length > 250 || /[\s\0]/.test(ref)))
    return void 0;
  return {
    host,
    owner,
    repo,
    path,
    ...ref !== void 0 && { ref },
    form,
    location: `${host}/${owner}/${repo}${path ? `/${path}` : ""}`
  };
}
function describeRemote(remote2, path = remote2.path) {
  const where2 = `${remote2.host}/${remote2.owner}/${remote2.repo}${path ? `/${path}` : ""}`;
  return remote2.ref === void 0 ? where2 : `${where2}?ref=${remote2.ref}`;
}

// lib/github/retry.js
var DEFAULT_RETRY_POLICY = {
  maxRetries: 3,
  baseDelayMs: 1e3,
  maxDelayMs: 6e4,
  totalBudgetMs: 12e4
};
var SERVER_ERRORS = /* @__PURE__ */ new Set([500, 502, 503, 504]);
var SECONDARY_LIMIT_WAIT_MS = 6e4;
function retryKind(error) {
  const status = error.status;
  if (status === void 0 || SERVER_ERRORS.has(status))
    return "server-error";
  if (status === 429)
    return "rate-limit";
  if (status === 403) {
    if (header2(error, "retry-after") !== void 0)
      return "rate-limit";
    if (header2(error, "x-ratelimit-remaining") === "0")
      return "rate-limit";
    if (/rate limit|abuse detection/i.test(error.message))
      return "rate-limit";
  }
  return void 0;
}
function retryDelay(error, attempt, policy, now = Date.now()) {
  const kind = retryKind(error);
  if (kind === void 0 || attempt >= policy.maxRetries)
    return void 0;
  let delay;
  const retryAfter = header2(error, "retry-after");
  const reset = header2(error, "x-ratelimit-reset");
  if (retryAfter !== void 0 && /^\d+$/.test(retryAfter)) {
    delay = Number(retryAfter) * 1e3;
  } else if (retryAfter !== void 0 && !Number.isNaN(Date.parse(retryAfter))) {
    delay = Math.max(0, Date.parse(retryAfter) - now);
  } else if (kind === "rate-limit" && header2(error, "x-ratelimit-remaining") === "0" && reset) {
    delay = Math.max(0, Number(reset) * 1e3 - now) + 1e3;
  } else if (kind === "rate-limit") {
    delay = SECONDARY_LIMIT_WAIT_MS;
  } else {
    delay = policy.baseDelayMs * 2 ** attempt;
  }
  return delay <= policy.maxDelayMs ? delay : void 0;
}
function header2(error, name) {
  const value = error.headers[name];
  return value === void 0 ? void 0 : String(value);
}
function createRetryRunner(toFailed, opts = {}) {
  const policy = opts.policy ?? DEFAULT_RETRY_POLICY;
  const sleep = opts.sleep ?? ((ms) => new Promise((resolve6) => setTimeout(resolve6, ms)));
  let waited = 0;
  return {
    async run(send, runOpts = {}) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await send();
        } catch (error) {
          const failed2 = toFailed(error);
          const kind = retryKind(failed2);
          if (kind === "server-error" && runOpts.canRetryServerError === false)
            throw error;
          const delay = retryDelay(failed2, attempt, policy);
          if (delay === void 0 || waited + delay > policy.totalBudgetMs)
            throw error;
          waited += delay;
          opts.onRetry?.(`${runOpts.label ?? "GitHub request"} failed (${failed2.status ?? "network error"}${kind === "rate-limit" ? ", rate limited" : ""}): retrying in ${Math.round(delay / 1e3)}s`);
          await sleep(delay);
        }
      }
    }
  };
}

// lib/github/contents.js
var DEFAULT_GITHUB_API_URL = "https://api.github.com";
var ContentsError = class extends Error {
  kind;
  status;
  constructor(kind, message, status) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.name = "ContentsError";
  }
};
var DEFAULT_TIMEOUT_MS = 3e4;
var DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;
var MAX_LISTING_BYTES = 4 * 1024 * 1024;
var MAX_REDIRECTS = 3;
var CONTENTS_RETRY_POLICY = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 1e4,
  totalBudgetMs: 3e4
};
var HttpFailure = class extends Error {
  failed;
  githubMessage;
  constructor(failed2, githubMessage) {
    super(failed2.message);
    this.failed = failed2;
    this.githubMessage = githubMessage;
  }
};
function createContentsClient(options = {}) {
  let base;
  try {
    base = new URL(options.apiUrl || DEFAULT_GITHUB_API_URL);
  } catch {
    const error = new ContentsError("unreachable", `the GitHub API URL is not a URL: '${options.apiUrl ?? ""}'`);
    return { apiUrl: options.apiUrl ?? "", hasToken: !!options.token, get: () => Promise.reject(error) };
  }
  base.username = "";
  base.password = "";
  const apiUrl = base.toString().replace(/\/+$/, "");
  const token = options.token || void 0;
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const runner = createRetryRunner(
    // Anything but an HTTP failure (a too-large answer, a redirect elsewhere) is final: no status retry.ts retries.
    (error) => error instanceof HttpFailure ? error.failed : { status: -1, message: String(error), headers: {} },
    { policy: options.policy ?? CONTENTS_RETRY_POLICY, ...options.sleep && { sleep: options.sleep } }
  );
  let unreachable;
  const noToken = token ? "" : " No GitHub token was given (GITHUB_TOKEN, --github-token, or the action input github-token).";
  async function send(url, accept, limit) {
    let current = url;
    for (let hop = 0; ; hop++) {
      let response;
      try {
        response = await doFetch(current, {
          method: "GET",
          redirect: "manual",
          headers: {
            accept,
            "user-agent": `${TOOL_NAME}/${TOOL_VERSION}`,
            "x-github-api-version": "2022-11-28",
            ...token && { authorization: `Bearer ${token}` }
          },
          signal: AbortSignal.timeout(timeoutMs)
        });
      } catch (error) {
        throw new HttpFailure({ message: networkCause(error), headers: {} }, "");
      }
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        const next = new URL(location, current);
        if (next.origin !== base.origin || hop >= MAX_REDIRECTS) {
          throw new ContentsError("http-error", `the GitHub API at ${apiUrl} redirected to ${next.origin}: not followed`, response.status);
        }
        current = next;
        continue;
      }
      if (!response.ok) {
        const text = (await readCapped(response, 64 * 1024).catch(() => Buffer.alloc(0))).toString("utf8");
        let githubMessage = "";
        try {
          const parsed = JSON.parse(text);
          if (typeof parsed.message === "string")
            githubMessage = parsed.message.slice(0, 200);
        } catch {
        }
        const headers = {};
        response.headers.forEach((value, name) => headers[name] = value);
        throw new HttpFailure({ status: response.status, message: githubMessage || response.statusText, headers }, githubMessage);
      }
      const body = await readCapped(response, limit);
      return { body, type: response.headers.get("content-type") ?? "" };
    }
  }
  async function request(url, accept, limit, what) {
    if (unreachable)
      throw unreachable;
    try {
      return await runner.run(() => send(url, accept, limit), { label: `GET ${url.pathname}` });
    } catch (error) {
      if (error instanceof ContentsError)
        throw error;
      if (!(error instanceof HttpFailure))
        throw error;
      const { status } = error.failed;
      const said = error.githubMessage ? ` (${scrub(error.githubMessage, token)})` : "";
      if (status === void 0) {
        unreachable = new ContentsError("unreachable", `could not reach the GitHub API at ${apiUrl}: ${scrub(error.failed.message, token)}.${noToken}`);
        throw unreachable;
      }
      if (status === 404) {
        throw new ContentsError("not-found", `the GitHub API at ${apiUrl} found no ${what} (404)${said}: check the repository, the path and the ref${token ? "" : ", and give a token if the repository is private"}.${noToken}`, status);
      }
      if (status === 401) {
        throw new ContentsError("unauthorized", token ? `the GitHub API at ${apiUrl} refused the token (401)${said} reading ${what}.` : `the GitHub API at ${apiUrl} asks for credentials (401) reading ${what}.${noToken}`, status);
      }
      if (status === 429 || status === 403 && /rate limit/i.test(error.failed.message)) {
        throw new ContentsError("rate-limited", `the GitHub API at ${apiUrl} rate-limited reading ${what} (${status})${said}.${token ? "" : " Without a token GitHub allows 60 requests an hour."}${noToken}`, status);
      }
      if (status === 403) {
        throw new ContentsError("forbidden", `the GitHub API at ${apiUrl} refused reading ${what} (403)${said}.${noToken}`, status);
      }
      throw new ContentsError("http-error", `the GitHub API at ${apiUrl} answered ${status}${said} reading ${what}.`, status);
    }
  }
  return {
    apiUrl,
    hasToken: token !== void 0,
    async get({ owner, repo, path, ref }) {
      const what = `${owner}/${repo}${path ? ` ${path}` : ""}${ref === void 0 ? "" : ` at ${ref}`}`;
      const url = contentsUrl(apiUrl, { owner, repo, path, ...ref !== void 0 && { ref } });
      const { body } = await request(url, "application/vnd.github+json", MAX_LISTING_BYTES, what).catch((error) => {
        if (error instanceof ContentsError && error.kind === "too-large") {
          throw new ContentsError("too-large", `${what} is larger than ${MAX_LISTING_BYTES} bytes`);
        }
        throw error;
      });
      let data;
      try {
        data = JSON.parse(body.toString("utf8"));
      } catch {
        throw new ContentsError("invalid-response", `the GitHub API at ${apiUrl} answered ${what} with no JSON`);
      }
      if (Array.isArray(data))
        return { type: "dir", entries: directoryEntries(data) };
      if (typeof data !== "object" || data === null)
        throw new ContentsError("invalid-response", `the GitHub API at ${apiUrl} answered ${what} with no object`);
      const item = data;
      if (item.type === "symlink" || item.type === "submodule")
        return { type: item.type };
      if (item.type !== "file")
        throw new ContentsError("invalid-response", `the GitHub API at ${apiUrl} answered ${what} with an unknown type '${String(item.type)}'`);
      const size = typeof item.size === "number" ? item.size : 0;
      if (size > maxFileBytes) {
        throw new ContentsError("too-large", `${what} is ${size} bytes, over the limit of ${maxFileBytes}`);
      }
      if (item.encoding === "base64" && typeof item.content === "string") {
        const content = Buffer.from(item.content, "base64");
        if (content.length > maxFileBytes)
          throw new ContentsError("too-large", `${what} is over the limit of ${maxFileBytes} bytes`);
        return { type: "file", content };
      }
      const raw = await request(url, "application/vnd.github.raw+json", maxFileBytes, what).catch((error) => {
        if (error instanceof ContentsError && error.kind === "too-large")
          throw new ContentsError("too-large", `${what} is over the limit of ${maxFileBytes} bytes`);
        throw error;
      });
      return { type: "file", content: raw.body };
    }
  };
}
function contentsUrl(apiUrl, request) {
  const segments = request.path === "" ? [] : request.path.split("/").map(encodeURIComponent);
  const url = new URL(`${apiUrl.replace(/\/+$/, "")}/repos/${encodeURIComponent(request.owner)}/${encodeURIComponent(request.repo)}/contents/${segments.join("/")}`);
  if (request.ref !== void 0)
    url.searchParams.set("ref", request.ref);
  return url;
}
function directoryEntries(data) {
  const entries = [];
  for (const item of data) {
    if (typeof item !== "object" || item === null)
      continue;
    const { name, path, type, size } = item;
    if (typeof name !== "string" || typeof path !== "string")
      continue;
    if (type !== "file" && type !== "dir" && type !== "symlink" && type !== "submodule")
      continue;
    entries.push({ name, path, type, size: typeof size === "number" ? size : 0 });
  }
  return entries;
}
async function readCapped(response, limit) {
  const length = Number(response.headers.get("content-length") ?? NaN);
  if (Number.isFinite(length) && length > limit) {
    await response.body?.cancel();
    throw new ContentsError("too-large", `the answer is ${length} bytes, over the limit of ${limit}`);
  }
  if (!response.body)
    return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done)
      break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new ContentsError("too-large", `the answer is over the limit of ${limit} bytes`);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}
function networkCause(error) {
  const record = error;
  if (record?.name === "TimeoutError")
    return "the request timed out";
  const code2 = typeof record?.cause?.code === "string" ? record.cause.code : void 0;
  const cause = typeof record?.cause?.message === "string" ? record.cause.message : void 0;
  const message = typeof record?.message === "string" ? record.message : String(error);
  return code2 ? `${code2}${cause && !cause.includes(code2) ? ` (${cause})` : ""}` : cause ?? message;
}
function scrub(text, token) {
  return token ? text.split(token).join("(masked)") : text;
}

// lib/render/workspace.js
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join as join2 } from "node:path";
var Workspace = class {
  tree;
  dir;
  written = /* @__PURE__ */ new Set();
  constructor(tree, dir) {
    this.tree = tree;
    this.dir = dir;
  }
  async materialize(dirs, files) {
    const problems = [];
    const wanted = /* @__PURE__ */ new Set();
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
    const links = [...wanted].filter((path) => this.tree.files.get(path) === SYMLINK_MODE);
    const linkTargets = await this.tree.readText(links);
    const extraDirs = [];
    const extraFiles = [];
    const symlinks = [];
    for (const link of links) {
      wanted.delete(link);
      const target = linkTargets.get(link) ?? "";
      const resolved = resolveLink(link, target, this.tree);
      if (resolved === void 0) {
        problems.push({
          path: link,
          message: `symlink ${link} points outside the repository or through another symlink (${target}): not followed`
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
    const made = /* @__PURE__ */ new Set();
    const ensureDir = (path) => {
      const parent = dirname(path);
      if (made.has(parent))
        return;
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    };
    for (const [path, blob] of blobs) {
      this.written.add(path);
      if (!blob)
        continue;
      const target = join2(this.dir, path);
      ensureDir(target);
      writeFileSync(target, blob, { mode: 420 });
    }
    for (const [link, target] of symlinks) {
      this.written.add(link);
      const path = join2(this.dir, link);
      ensureDir(path);
      try {
        symlinkSync(target, path);
      } catch {
      }
    }
    return problems;
  }
  has(path) {
    return this.written.has(path);
  }
};
function resolveLink(link, target, tree) {
  if (target === "" || target.startsWith("/") || target.includes("\0"))
    return void 0;
  const parts = dirOf(link) === "" ? [] : dirOf(link).split("/");
  for (const part of target.split("/")) {
    if (part === "" || part === ".")
      continue;
    if (part === "..") {
      if (parts.length === 0)
        return void 0;
      parts.pop();
      continue;
    }
    parts.push(part);
    if (tree.files.get(parts.join("/")) === SYMLINK_MODE)
      return void 0;
  }
  const resolved = parts.join("/");
  return joinRepoPath("", resolved === "" ? "." : resolved);
}

// lib/render/context.js
function newSideEnv(side, index, repoDir, inlineDir) {
  return {
    side,
    index,
    workspace: new Workspace(index.tree, repoDir),
    inlineDir,
    dependencyBuilds: /* @__PURE__ */ new Map(),
    kustomizeOrigins: /* @__PURE__ */ new Map(),
    remoteResolutions: /* @__PURE__ */ new Map(),
    remoteSources: /* @__PURE__ */ new Map(),
    helmChartCopies: /* @__PURE__ */ new Map()
  };
}

// lib/render/exec.js
import { spawn as spawn2 } from "node:child_process";
var DEFAULT_MAX_OUTPUT = 256 * 1024 * 1024;
var MAX_STDERR = 1024 * 1024;
function runTool(command, args, options) {
  const maxOutput = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  return new Promise((resolve6) => {
    const child = spawn2(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    const out = [];
    let outBytes = 0;
    let stderr = "";
    let timedOut = false;
    let tooLarge = false;
    const stop = () => {
      try {
        if (child.pid !== void 0)
          process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);
    child.stdout.on("data", (chunk) => {
      outBytes += chunk.length;
      if (outBytes > maxOutput) {
        if (!tooLarge)
          stop();
        tooLarge = true;
        return;
      }
      out.push(chunk);
    });
    child.stderr.on("data", (chunk) => {
      if (stderr.length < MAX_STDERR)
        stderr += chunk.toString("utf8");
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve6({ code: null, stdout: "", stderr: error.message, timedOut: false, tooLarge: false });
    });
    child.on("close", (code2) => {
      clearTimeout(timer);
      resolve6({ code: code2, stdout: Buffer.concat(out).toString("utf8"), stderr, timedOut, tooLarge });
    });
  });
}
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
  return (task) => new Promise((resolve6, reject) => {
    queue.push(() => {
      task().then(resolve6, reject).finally(() => {
        active--;
        next();
      });
    });
    next();
  });
}

// lib/render/helm.js
import { createHash as createHash2 } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, mkdir, readdir as readdir2, writeFile } from "node:fs/promises";
import { basename, join as join3 } from "node:path";

// lib/render/output.js
var import_yaml6 = __toESM(require_dist(), 1);
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
var DOCUMENT_SEPARATOR = /^---[ \t]*(?:#.*)?$/m;
function parseRenderedOutput(output, options) {
  const resources = [];
  const problems = [];
  let lastSource;
  const documents = output.split(DOCUMENT_SEPARATOR);
  documents.forEach((text, index) => {
    if (text.trim() === "")
      return;
    let source;
    if (options.tool === "helm") {
      const match = /^# Source: (.+)$/m.exec(text);
      source = match ? match[1].trim() : lastSource;
      lastSource = source;
    }
    if (!/^[A-Za-z"'{]/m.test(text))
      return;
    const json = jsonDocument(text);
    if (json) {
      resources.push(lazyResource(text, json.header, source, options, json.object));
      return;
    }
    const header3 = scanHeader(text);
    if (header3 === "skip")
      return;
    if (header3) {
      resources.push(lazyResource(text, header3, source, options));
      return;
    }
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
  if (options.tool === "helm") {
    const sourcePath = source ? options.sourceToRepo?.(source) : void 0;
    return { template: source, sourcePath };
  }
  const origin = originPath(text);
  const remote2 = origin ? options.remoteOrigin?.(origin) : void 0;
  if (remote2)
    return { template: remote2.label, sourcePath: void 0, remote: remote2.source };
  return {
    template: origin ? options.sourceToRepo?.(origin) ?? origin : void 0,
    sourcePath: origin ? options.sourceToRepo?.(origin) : void 0
  };
}
function jsonDocument(text) {
  const start = firstContentIndex(text);
  if (text[start] !== "{")
    return void 0;
  let value;
  try {
    value = JSON.parse(text.slice(start));
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return void 0;
  const object = value;
  const name = object.metadata?.name;
  const namespace = object.metadata?.namespace;
  if (typeof object.apiVersion !== "string" || typeof object.kind !== "string" || typeof name !== "string") {
    return void 0;
  }
  if (object.kind.endsWith("List"))
    return void 0;
  return {
    header: {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name,
      ...typeof namespace === "string" && namespace ? { namespace } : {}
    },
    object
  };
}
function firstContentIndex(text) {
  let i = 0;
  for (; ; ) {
    while (i < text.length && /\s/.test(text[i]))
      i++;
    if (text[i] !== "#")
      return i;
    const newline = text.indexOf("\n", i);
    if (newline === -1)
      return text.length;
    i = newline + 1;
  }
}
function lazyResource(text, header3, source, options, parsed) {
  const ref = {
    apiVersion: header3.apiVersion,
    kind: header3.kind,
    name: header3.name,
    ...header3.namespace ? { namespace: header3.namespace } : {}
  };
  const { template, sourcePath, remote: remote2 } = templateInfo(source, options, text);
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
    file: "",
    line: 1,
    endLine: 1,
    lineOf: () => 1,
    ignoredRules: ignoredRulesIn(text),
    rendered: { target: options.target, ...template ? { template } : {} },
    text,
    ...sourcePath ? { sourcePath } : {},
    ...remote2 ? { remote: remote2 } : {}
  };
  return hideText(resource);
}
function hideText(resource) {
  Object.defineProperty(resource, "text", { enumerable: false });
  return resource;
}
function eagerResource(parsed, text, source, options) {
  if (options.stripOrigin)
    stripOriginAnnotation(parsed.object);
  const { template, sourcePath, remote: remote2 } = templateInfo(source, options, text);
  return hideText({
    ...parsed,
    file: "",
    line: 1,
    endLine: 1,
    lineOf: () => 1,
    rendered: { target: options.target, ...template ? { template } : {} },
    text: parsed.listItem ? `${text}\0${parsed.key}` : text,
    ...sourcePath ? { sourcePath } : {},
    ...remote2 ? { remote: remote2 } : {}
  });
}
function loadObject(text, ref) {
  try {
    const value = (0, import_yaml6.parseDocument)(text, { ...KUBERNETES_YAML, uniqueKeys: false }).toJS({
      maxAliasCount: 1e3
    });
    if (typeof value === "object" && value !== null && !Array.isArray(value))
      return value;
  } catch {
  }
  return {
    apiVersion: ref.apiVersion,
    kind: ref.kind,
    metadata: { name: ref.name, ...ref.namespace ? { namespace: ref.namespace } : {} }
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
function originPath(text) {
  const match = /config\.kubernetes\.io\/origin: \|[^\n]*\n((?:[ \t]+[^\n]*\n?)+)/.exec(text);
  if (!match)
    return void 0;
  const body = match[1];
  if (/^\s+repo:/m.test(body))
    return void 0;
  return /^\s+path: (.+)$/m.exec(body)?.[1]?.trim() ?? /^\s+configuredIn: (.+)$/m.exec(body)?.[1]?.trim();
}
var TOP_KEY = /^([A-Za-z_][\w.-]*):(?:[ \t]+(.*?))?[ \t]*$/;
var NESTED_KEY = /^[ \t]+([A-Za-z_][\w.-]*):(?:[ \t]+(.*?))?[ \t]*$/;
function scanHeader(text) {
  let apiVersion;
  let kind;
  let name;
  let namespace;
  let inMetadata = false;
  let metadataIndent = -1;
  let sawKey = false;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === "" || /^\s*#/.test(line))
      continue;
    if (!/^\s/.test(line)) {
      if (inMetadata && apiVersion && kind && name)
        break;
      inMetadata = false;
      const match2 = TOP_KEY.exec(line);
      if (!match2)
        return void 0;
      sawKey = true;
      const [, key2, value2] = match2;
      if (key2 === "apiVersion" || key2 === "kind") {
        const scalar = plainScalar(value2);
        if (scalar === void 0)
          return void 0;
        if (key2 === "apiVersion")
          apiVersion = scalar;
        else
          kind = scalar;
      } else if (key2 === "metadata") {
        if (value2 !== void 0 && value2 !== "")
          return void 0;
        inMetadata = true;
        metadataIndent = -1;
      } else if (key2 === "items") {
        return void 0;
      } else if (value2 !== void 0 && /^[&*!]/.test(value2)) {
        return void 0;
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
      return void 0;
    const [, key, value] = match;
    if (key === "name" || key === "namespace") {
      const scalar = plainScalar(value);
      if (scalar === void 0)
        return void 0;
      if (key === "name")
        name = scalar;
      else
        namespace = scalar;
    }
  }
  if (!sawKey)
    return "skip";
  if (!apiVersion || !kind || !name || kind.endsWith("List"))
    return void 0;
  return { apiVersion, kind, name, ...namespace ? { namespace } : {} };
}
function plainScalar(value) {
  if (value === void 0 || value === "")
    return void 0;
  const double = /^"([^"\\]*)"(?:\s+#.*)?$/.exec(value);
  if (double)
    return double[1];
  const single = /^'([^']*)'(?:\s+#.*)?$/.exec(value);
  if (single)
    return single[1];
  const plain = value.replace(/\s+#.*$/, "");
  if (!/^[A-Za-z0-9_./-][A-Za-z0-9_./:@+-]*$/.test(plain))
    return void 0;
  if (/^([-+]?[\d._]+([eE][-+]?\d+)?|0x[\da-fA-F]+|0o?[0-7]+|true|false|yes|no|on|off|y|n|null|~)$/i.test(plain)) {
    return void 0;
  }
  if (plain.includes(": ") || plain.endsWith(":"))
    return void 0;
  return plain;
}

// lib/render/helm.js
async function renderHelm(target, spec, side, env) {
  const helm = env.tools.helm;
  if (!helm)
    return failed("tool-missing", env.tools.missing.helm ?? "helm is not installed");
  const fail = (message, at, kind = "failed") => failed(kind, message, at);
  let chartArg;
  let chartDir;
  let localChart;
  if (spec.chart.type === "path") {
    localChart = side.index.charts.get(spec.chart.path);
    if (!localChart)
      return fail(`no Chart.yaml in '${spec.chart.path || "."}'`, target.anchor, "blocked");
    chartArg = spec.chart.path === "" ? "." : `./${spec.chart.path}`;
    chartDir = join3(side.workspace.dir, spec.chart.path);
    const dependencies = await ensureDependencies(localChart, side, env);
    if (dependencies)
      return { ok: false, failure: dependencies };
  } else {
    const pulled = await pullChart(spec.chart, env);
    if ("failure" in pulled)
      return fail(pulled.failure, target.versionAt ?? target.anchor);
    chartArg = pulled.dir;
    chartDir = pulled.dir;
  }
  const args = ["template", spec.releaseName, chartArg, "--namespace", spec.namespace, "--skip-tests"];
  args.push("--kube-version", kubeVersionFlag(spec.kubeVersion ?? env.kubeVersion));
  if (spec.includeCrds)
    args.push("--include-crds");
  for (const version of /* @__PURE__ */ new Set([...env.apiVersions, ...spec.apiVersions]))
    args.push("--api-versions", version);
  const inline = /* @__PURE__ */ new Map();
  for (const file of spec.valuesFiles) {
    if (file.inChart) {
      const path = joinRepoPath("", file.path);
      if (path === void 0 || !existsSync(join3(chartDir, path))) {
        if (file.optional)
          continue;
        return fail(`values file '${file.path}' is not in the chart`, file.at);
      }
      args.push("--values", join3(chartDir, path));
    } else {
      if (!side.index.tree.files.has(file.path)) {
        if (file.optional)
          continue;
        return fail(`values file '${file.path}' does not exist at this commit`, file.at);
      }
      args.push("--values", `./${file.path}`);
    }
  }
  const id = createHash2("sha256").update(target.id).digest("hex").slice(0, 12);
  for (const [i, values] of spec.inlineValues.entries()) {
    const path = join3(side.inlineDir, `${id}-${i}.yaml`);
    await writeFile(path, values.text);
    inline.set(path, values.at);
    args.push("--values", path);
  }
  for (const value of spec.set) {
    args.push(value.string ? "--set-string" : "--set", `${value.name}=${escapeSetValue(value.value)}`);
  }
  for (const file of spec.setFiles) {
    if (!side.index.tree.files.has(file.path))
      return fail(`file '${file.path}' does not exist at this commit`, file.at);
    args.push("--set-file", `${file.name}=./${file.path}`);
  }
  const run2 = await env.limit(() => runTool(helm, args, { cwd: side.workspace.dir, env: env.sandbox.env(), timeoutMs: env.timeoutMs }));
  if (run2.timedOut)
    return fail(`helm template timed out after ${env.timeoutMs / 1e3}s`, target.anchor, "timeout");
  if (run2.tooLarge)
    return fail("helm template printed more than 256 MiB", target.anchor);
  if (run2.code !== 0) {
    return fail(run2.stderr || `helm exited with ${run2.code}`, locateHelmError(run2.stderr, target, spec, localChart, side, inline));
  }
  const parsed = parseRenderedOutput(run2.stdout, {
    tool: "helm",
    target: target.label,
    ...localChart ? { sourceToRepo: memoize((source) => templateRepoPath(source, localChart, side)) } : {}
  });
  return { ok: true, resources: parsed.resources, problems: parsed.problems, chartDir };
}
function memoize(compute) {
  const known = /* @__PURE__ */ new Map();
  return (key) => {
    if (!known.has(key))
      known.set(key, compute(key));
    return known.get(key);
  };
}
function failed(kind, message, at) {
  return { ok: false, failure: { kind, message, ...at ? { at } : {} } };
}
function kubeVersionFlag(version) {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
  return match ? `v${match[1]}.${match[2]}.${match[3] ?? "0"}` : version;
}
function escapeSetValue(value) {
  return value.replace(/\\/g, "\\\\").replace(/,/g, "\\,");
}
function templateRepoPath(source, chart, side) {
  const slash = source.indexOf("/");
  if (slash === -1)
    return void 0;
  const path = joinRepoPath(chart.dir, source.slice(slash + 1));
  return path !== void 0 && side.index.tree.files.has(path) ? path : void 0;
}
var TEMPLATE_IN_MESSAGE = /([\w.-]+(?:\/charts\/[\w.-]+)*\/(?:templates|crds)\/[^\s:()"]+?)(?::(\d+))?(?=[\s:()"]|$)/;
var VALUES_IN_MESSAGE = /(?:failed to parse|cannot load|open) ([^\s:]+):/;
var YAML_LINE = /yaml: line (\d+)/;
function locateHelmError(stderr, target, spec, chart, side, inline) {
  const yamlLine = Number(YAML_LINE.exec(stderr)?.[1] ?? 0);
  const values = VALUES_IN_MESSAGE.exec(stderr)?.[1];
  if (values !== void 0) {
    const inlineAt = inline.get(values);
    if (inlineAt)
      return { file: inlineAt.file, line: inlineAt.line + Math.max(0, yamlLine) };
    const path = values.replace(/^\.\//, "");
    if (spec.valuesFiles.some((file) => !file.inChart && file.path === path)) {
      return { file: path, line: Math.max(1, yamlLine) };
    }
    if (chart && (path === "values.yaml" || path === `${chart.dir}/values.yaml`)) {
      return { file: chart.dir ? `${chart.dir}/values.yaml` : "values.yaml", line: Math.max(1, yamlLine) };
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
async function ensureDependencies(chart, side, env) {
  const missing = chart.dependencies.filter((dependency) => !isVendored(chart.dir, dependency.name, side));
  if (missing.length === 0)
    return void 0;
  let pending = side.dependencyBuilds.get(chart.dir);
  if (!pending) {
    pending = buildDependencies(chart, missing, side, env);
    side.dependencyBuilds.set(chart.dir, pending);
  }
  return pending;
}
async function buildDependencies(chart, missing, side, env) {
  const chartsDir = join3(side.workspace.dir, chart.dir, "charts");
  const remoteOnly = chart.dependencies.every((dependency) => dependency.localDir === void 0);
  const lock = chart.dir === "" ? "Chart.lock" : `${chart.dir}/Chart.lock`;
  const key = remoteOnly ? JSON.stringify([
    chart.dependencies.map((d) => [d.name, d.version, d.repository]),
    (await side.index.tree.readText([lock])).get(lock) ?? ""
  ]) : void 0;
  const cached = key !== void 0 ? env.dependencies.get(key) : void 0;
  if (cached) {
    const packages = await cached;
    if (packages) {
      await mkdir(chartsDir, { recursive: true });
      await Promise.all(packages.map((file) => copyFile(file, join3(chartsDir, basename(file)))));
      return void 0;
    }
  }
  let resolveShared = () => {
  };
  if (key !== void 0 && !cached) {
    env.dependencies.set(key, new Promise((resolve6) => resolveShared = resolve6));
  }
  const helm = env.tools.helm;
  const before = new Set(await readdir2(chartsDir).catch(() => []));
  const run2 = await env.serial(() => env.limit(() => runTool(helm, ["dependency", "build", chart.dir === "" ? "." : `./${chart.dir}`], {
    cwd: side.workspace.dir,
    env: env.sandbox.env(),
    timeoutMs: env.timeoutMs
  })));
  if (run2.code === 0 && !run2.timedOut) {
    const built = (await readdir2(chartsDir).catch(() => [])).filter((name) => name.endsWith(".tgz") && !before.has(name));
    resolveShared(built.map((name) => join3(chartsDir, name)));
    return void 0;
  }
  resolveShared(void 0);
  return {
    kind: run2.timedOut ? "timeout" : "failed",
    message: run2.timedOut ? `helm dependency build timed out after ${env.timeoutMs / 1e3}s` : run2.stderr || `helm dependency build exited with ${run2.code}`,
    at: { file: chart.file, line: missing[0].line }
  };
}
function isVendored(dir, name, side) {
  const charts = dir === "" ? "charts/" : `${dir}/charts/`;
  for (const path of side.index.tree.files.keys()) {
    if (!path.startsWith(charts))
      continue;
    const rest = path.slice(charts.length);
    if (rest === `${name}/Chart.yaml` || rest.startsWith(`${name}-`) && rest.endsWith(".tgz") && !rest.includes("/")) {
      return true;
    }
  }
  return false;
}
function pullChart(chart, env) {
  const key = chart.type === "repo" ? `repo ${chart.repoURL} ${chart.chart} ${chart.version}` : `oci ${chart.ref} ${chart.version}`;
  let pending = env.charts.get(key);
  if (!pending) {
    pending = (async () => {
      const helm = env.tools.helm;
      const dest = join3(env.sandbox.charts, createHash2("sha256").update(key).digest("hex").slice(0, 16));
      await mkdir(dest, { recursive: true });
      const args = chart.type === "repo" ? ["pull", chart.chart, "--repo", chart.repoURL] : ["pull", chart.ref];
      if (chart.version !== "")
        args.push("--version", chart.version);
      args.push("--untar", "--untardir", dest);
      const run2 = await env.serial(() => env.limit(() => runTool(helm, args, { cwd: dest, env: env.sandbox.env(), timeoutMs: env.timeoutMs })));
      if (run2.timedOut)
        return { failure: `helm pull timed out after ${env.timeoutMs / 1e3}s` };
      if (run2.code !== 0)
        return { failure: run2.stderr || `helm pull exited with ${run2.code}` };
      const entries = await readdir2(dest, { withFileTypes: true });
      const dir = entries.find((entry) => entry.isDirectory());
      return dir ? { dir: join3(dest, dir.name) } : { failure: `helm pull left no chart in ${dest}` };
    })();
    env.charts.set(key, pending);
  }
  return pending;
}

// lib/render/kustomize.js
var import_yaml7 = __toESM(require_dist(), 1);
import { createHash as createHash3 } from "node:crypto";
import { cp, readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join4, resolve as resolve2 } from "node:path";
var NO_FETCHING = {
  GIT_ALLOW_PROTOCOL: "file",
  HTTP_PROXY: "http://127.0.0.1:9",
  HTTPS_PROXY: "http://127.0.0.1:9",
  http_proxy: "http://127.0.0.1:9",
  https_proxy: "http://127.0.0.1:9",
  NO_PROXY: "",
  no_proxy: ""
};
async function renderKustomize(target, spec, repoSide, env) {
  const tool = env.tools.kustomize;
  if (!tool) {
    return {
      ok: false,
      failure: { kind: "tool-missing", message: env.tools.missing.kustomize ?? "kustomize is not installed" }
    };
  }
  const info = repoSide.index.kustomizations.get(spec.path);
  if (!info) {
    return {
      ok: false,
      failure: { kind: "blocked", message: `no kustomization in '${spec.path || "."}'`, at: target.anchor }
    };
  }
  const side = spec.edits ? await editedCopy(target, repoSide, env) : repoSide;
  if (spec.edits) {
    const failure = await writeEdits(join4(side.workspace.dir, info.file), spec.edits, target);
    if (failure)
      return { ok: false, failure };
  }
  const remote2 = await resolveRemotes(target.inputDirs, side, env);
  if (remote2)
    return { ok: false, failure: remote2 };
  const charts = await prepareHelmCharts(target.inputDirs, side, env);
  if (charts.failure)
    return { ok: false, failure: charts.failure };
  const native = await requestOrigins(info.file, side);
  const dir = spec.path === "" ? "." : `./${spec.path}`;
  const args = tool.mode === "kubectl" ? ["kustomize", dir, "--load-restrictor", "LoadRestrictionsRootOnly"] : ["build", dir, "--load-restrictor", "LoadRestrictionsRootOnly"];
  if (charts.used) {
    args.push("--enable-helm", "--helm-command", env.sandbox.kustomizeHelm(env.tools.helm));
    args.push("--helm-kube-version", kubeVersionFlag(env.kubeVersion));
    for (const version of env.apiVersions)
      args.push("--helm-api-versions", version);
  }
  const run2 = await env.limit(() => runTool(tool.path, args, {
    cwd: side.workspace.dir,
    env: { ...env.sandbox.env(), ...NO_FETCHING },
    timeoutMs: env.timeoutMs
  }));
  const at = locateKustomizeError(run2.stderr, side) ?? (spec.edits ? target.anchor : { file: info.file, line: 1 });
  if (run2.timedOut) {
    return {
      ok: false,
      failure: { kind: "timeout", message: `kustomize timed out after ${env.timeoutMs / 1e3}s`, at }
    };
  }
  if (run2.code !== 0 || run2.tooLarge) {
    return {
      ok: false,
      failure: { kind: "failed", message: run2.stderr || `kustomize exited with ${run2.code}`, at }
    };
  }
  const root = join4(side.workspace.dir, spec.path);
  const parsed = parseRenderedOutput(run2.stdout, {
    tool: "kustomize",
    target: target.label,
    stripOrigin: !native,
    sourceToRepo: (origin) => {
      const path = joinRepoPath(spec.path, origin);
      return path !== void 0 && side.index.tree.files.has(path) ? path : void 0;
    },
    remoteOrigin: (origin) => {
      const found = env.remote.originOf(resolve2(root, origin));
      if (!found)
        return void 0;
      const sources = side.remoteSources.get(found.copy) ?? [];
      const source = sources.find((candidate) => found.location.startsWith(`${candidate.location}/`)) ?? sources[0];
      return { label: found.label, ...source && { source } };
    }
  });
  return { ok: true, resources: parsed.resources, problems: parsed.problems };
}
async function editedCopy(target, side, env) {
  const id = createHash3("sha256").update(target.id).digest("hex").slice(0, 12);
  const copy = newSideEnv(side.side, side.index, env.sandbox.dir(side.side, "edited", id), side.inlineDir);
  await copy.workspace.materialize(target.inputDirs, target.inputFiles);
  return copy;
}
async function writeEdits(path, edits, target) {
  const text = await readFile2(path, "utf8").catch(() => void 0);
  const data = text === void 0 ? void 0 : parseYamlWithLines(text)?.data;
  if (!isRecord(data)) {
    return {
      kind: "blocked",
      message: "the kustomization could not be read to apply the Application's kustomize options",
      at: target.anchor
    };
  }
  await writeFile2(path, (0, import_yaml7.stringify)(applyEdits(data, edits)));
  return void 0;
}
async function resolveRemotes(dirs, side, env) {
  const pending = [];
  for (const member of dirs) {
    const info = side.index.kustomizations.get(member);
    if (!info || info.remote.length === 0)
      continue;
    let resolution = side.remoteResolutions.get(info.file);
    if (!resolution) {
      resolution = env.remote.resolveKustomization(join4(side.workspace.dir, info.file), info.file, info.remote).then((outcome) => {
        if (outcome.ok) {
          for (const [copy, sources] of outcome.sources)
            side.remoteSources.set(copy, [...side.remoteSources.get(copy) ?? [], ...sources]);
        }
        return outcome;
      }).catch((error) => ({
        ok: false,
        message: `the remote resources of ${info.file} could not be prepared: ${error instanceof Error ? error.message : String(error)}`,
        at: { file: info.file, line: info.remote[0].line }
      }));
      side.remoteResolutions.set(info.file, resolution);
    }
    pending.push(resolution);
  }
  for (const outcome of await Promise.all(pending)) {
    if (!outcome.ok)
      return { kind: "blocked", message: outcome.message, at: outcome.at };
  }
  return void 0;
}
async function prepareHelmCharts(dirs, side, env) {
  const pending = [];
  let used = false;
  for (const member of dirs) {
    const info = side.index.kustomizations.get(member);
    for (const chart of info?.helmCharts ?? []) {
      used = true;
      if (!env.tools.helm) {
        return {
          used,
          failure: { kind: "tool-missing", message: env.tools.missing.helm ?? "helm is not installed" }
        };
      }
      const home = chart.version ? `${info.chartHome}/${chart.name}-${chart.version}` : info.chartHome;
      const destination = `${home}/${chart.name}`;
      if (side.index.tree.dirs.has(destination))
        continue;
      if (!chart.repo) {
        return {
          used,
          failure: {
            kind: "blocked",
            message: `helmCharts '${chart.name}' names no repo, and the repository keeps no chart at ${destination}`,
            at: { file: info.file, line: chart.line }
          }
        };
      }
      let copied = side.helmChartCopies.get(destination);
      if (!copied) {
        const at = { file: info.file, line: chart.versionLine ?? chart.line };
        copied = pullChart(chart.repo.startsWith("oci://") ? {
          type: "oci",
          ref: `${chart.repo.replace(/\/+$/, "")}/${chart.name}`,
          version: chart.version ?? ""
        } : { type: "repo", repoURL: chart.repo, chart: chart.name, version: chart.version ?? "" }, env).then(async (pulled) => {
          if ("failure" in pulled)
            return { kind: "failed", message: pulled.failure, at };
          await cp(pulled.dir, join4(side.workspace.dir, destination), { recursive: true });
          return void 0;
        });
        side.helmChartCopies.set(destination, copied);
      }
      pending.push(copied);
    }
  }
  const failure = (await Promise.all(pending)).find((outcome) => outcome !== void 0);
  return failure ? { used, failure } : { used };
}
function requestOrigins(file, side) {
  let pending = side.kustomizeOrigins.get(file);
  if (!pending) {
    pending = (async () => {
      const path = join4(side.workspace.dir, file);
      const text = await readFile2(path, "utf8").catch(() => void 0);
      if (text === void 0)
        return false;
      const doc = (0, import_yaml7.parseDocument)(text);
      if (doc.errors.length > 0 || !doc.contents)
        return false;
      const current = doc.get("buildMetadata");
      if ((0, import_yaml7.isSeq)(current) && current.items.some((item) => String(item.value) === "originAnnotations")) {
        return true;
      }
      const items = (0, import_yaml7.isSeq)(current) ? current.items.map((item) => item.value) : [];
      doc.set("buildMetadata", [...items, "originAnnotations"]);
      await writeFile2(path, doc.toString());
      return false;
    })();
    side.kustomizeOrigins.set(file, pending);
  }
  return pending;
}
function locateKustomizeError(stderr, side) {
  const prefix = `${side.workspace.dir}/`;
  const paths = [...stderr.matchAll(/(\/[^\s'":]+)/g)].map((match) => match[1]).filter((absolute) => absolute.startsWith(prefix)).map((absolute) => absolute.slice(prefix.length).replace(/\/$/, ""));
  for (const path of paths) {
    for (const name of ["kustomization.yaml", "kustomization.yml", "Kustomization"]) {
      const file2 = path.endsWith(`/${name}`) || path === name ? path : `${path}/${name}`;
      if (side.index.tree.files.has(file2))
        return { file: file2, line: 1 };
    }
  }
  const file = paths.find((path) => side.index.tree.files.has(path));
  return file ? { file, line: 1 } : void 0;
}

// lib/render/remote.js
var import_yaml8 = __toESM(require_dist(), 1);
import { createHash as createHash4 } from "node:crypto";
import { mkdir as mkdir2, readFile as readFile3, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname2, join as join5, relative as relative3, sep } from "node:path";
var DEFAULT_REMOTE_LIMITS = {
  maxRequests: 400,
  maxBytes: 64 * 1024 * 1024,
  maxDepth: 4
};
var FILES_DIR = ".kube-pr-review-remote";
var PATH_LISTS = [
  "crds",
  "patchesStrategicMerge",
  "configurations",
  "transformers",
  "generators",
  "validators"
];
var PATH_OBJECT_LISTS = ["patches", "patchesJson6902", "replacements"];
var GENERATORS = ["configMapGenerator", "secretGenerator"];
var RemoteFailure = class extends Error {
};
var RemoteFetcher = class {
  options;
  limits;
  contents = /* @__PURE__ */ new Map();
  repos = /* @__PURE__ */ new Map();
  items = /* @__PURE__ */ new Map();
  /** Copies by absolute path (a repository copy directory, or one written file): how messages name them. */
  copies = /* @__PURE__ */ new Map();
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
    const fromDir = dirname2(absFile);
    const planned = [];
    for (const entry of entries) {
      const at = { file: repoFile, line: entry.line };
      const remote2 = parseGitHubRemote(entry.reference, this.options.hosts);
      if (!remote2) {
        return {
          ok: false,
          message: `kustomize remote resource '${entry.reference}' is not fetched: only GitHub repositories are read (github.com/OWNER/REPO//PATH?ref=REF, or a raw.githubusercontent.com URL), through the GitHub API`,
          at
        };
      }
      const { replacement, root } = this.plan(remote2, fromDir, 1, describeRemote(remote2));
      planned.push({ entry, remote: remote2, replacement, root });
    }
    const results = await Promise.all(planned.map(async ({ root }) => {
      try {
        return { copies: await this.walk(root) };
      } catch (error) {
        return { failure: error instanceof Error ? error.message : String(error) };
      }
    }));
    const sources = /* @__PURE__ */ new Map();
    for (const [i, result2] of results.entries()) {
      const { entry, remote: remote2 } = planned[i];
      const at = { file: repoFile, line: entry.line };
      if ("failure" in result2) {
        return {
          ok: false,
          message: `kustomize remote resource '${entry.reference}' could not be read: ${result2.failure}`,
          at
        };
      }
      const source = {
        at,
        location: remote2.location,
        ...remote2.ref !== void 0 && { ref: remote2.ref }
      };
      for (const copy of result2.copies)
        sources.set(copy, [...sources.get(copy) ?? [], source]);
    }
    const text = await readFile3(absFile, "utf8");
    const doc = (0, import_yaml8.parseDocument)(text, { version: "1.1", uniqueKeys: false });
    for (const { entry, replacement } of planned)
      doc.setIn([entry.field, entry.index], replacement);
    await writeFile3(absFile, doc.toString());
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
      if (absolute.startsWith(`${key}${sep}`) && (!best || key.length > best.length))
        best = key;
    }
    if (!best)
      return void 0;
    const copy = this.copies.get(best);
    const path = relative3(best, absolute).split(sep).join("/");
    return {
      copy: best,
      location: `${copy.remote.location}/${path}`,
      label: describeRemote(copy.remote, path)
    };
  }
  /** Repository copies as messages should name them: `github.com/OWNER/REPO@REF` instead of a temp path. */
  names() {
    return [...this.repos.values()].map((copy) => ({
      path: copy.dir,
      as: `${copy.remote.location}${copy.remote.ref === void 0 ? "" : `@${copy.remote.ref}`}`
    }));
  }
  /** The replacement entry (relative to `fromDir`) and the first item to fetch. */
  plan(remote2, fromDir, depth, via) {
    if (remote2.form === "raw") {
      const hash = createHash4("sha256").update(describeRemote(remote2)).digest("hex").slice(0, 12);
      const dest = join5(fromDir, FILES_DIR, hash, baseName(remote2.path));
      return { replacement: relativePath(fromDir, dest), root: { kind: "file", remote: remote2, dest, depth, via } };
    }
    const copy = this.repoCopy(remote2);
    return {
      replacement: relativePath(fromDir, join5(copy.dir, remote2.path)),
      root: { kind: "path", copy, path: remote2.path, expect: "dir", depth, via }
    };
  }
  repoCopy(remote2) {
    const key = `${remote2.host}/${remote2.owner}/${remote2.repo}@${remote2.ref ?? ""}`;
    let copy = this.repos.get(key);
    if (!copy) {
      const slug = createHash4("sha256").update(key).digest("hex").slice(0, 16);
      copy = { dir: join5(this.options.dir, slug), remote: { ...remote2, path: "" } };
      this.repos.set(key, copy);
      this.copies.set(copy.dir, { remote: copy.remote, file: false });
    }
    return copy;
  }
  /** Everything `root` needs, breadth first; the copies it touched. */
  async walk(root) {
    const seen = /* @__PURE__ */ new Set();
    const copies = /* @__PURE__ */ new Set();
    let queue = [root];
    while (queue.length > 0) {
      const fresh = queue.filter((item) => {
        const key = itemKey(item);
        if (seen.has(key))
          return false;
        seen.add(key);
        return true;
      });
      const results = await Promise.allSettled(fresh.map((item) => this.handle(item)));
      queue = [];
      for (const result2 of results) {
        if (result2.status === "rejected")
          throw result2.reason;
        result2.value.copies.forEach((copy) => copies.add(copy));
        queue.push(...result2.value.next);
      }
    }
    return [...copies];
  }
  handle(item) {
    const key = itemKey(item);
    let pending = this.items.get(key);
    if (!pending) {
      pending = item.kind === "file" ? this.fetchFile(item) : this.fetchPath(item);
      pending.catch(() => void 0);
      this.items.set(key, pending);
    }
    return pending;
  }
  async fetchFile(item) {
    if (item.depth > this.limits.maxDepth)
      throw this.tooDeep(item.via);
    const result2 = await this.get(item.remote, item.remote.path);
    if (result2.type !== "file") {
      throw new RemoteFailure(`${describeRemote(item.remote)} is a ${result2.type === "dir" ? "directory" : result2.type}, not a file: name a directory as github.com/OWNER/REPO//PATH?ref=REF`);
    }
    await writeCopy(item.dest, result2.content);
    this.copies.set(item.dest, { remote: item.remote, file: true });
    return { next: [], copies: [item.dest] };
  }
  async fetchPath(item) {
    const { copy, path } = item;
    if (item.depth > this.limits.maxDepth)
      throw this.tooDeep(item.via);
    const name = describeRemote(copy.remote, path);
    const result2 = await this.get(copy.remote, path);
    if (result2.type === "file") {
      if (item.expect === "dir") {
        throw new RemoteFailure(`${name} is a file: kustomize reads a git reference as a directory with a kustomization (a single file is a raw.githubusercontent.com URL)`);
      }
      await writeCopy(join5(copy.dir, path), result2.content);
      return { next: [], copies: [copy.dir] };
    }
    if (result2.type !== "dir")
      throw new RemoteFailure(`${name} is a ${result2.type}: not followed`);
    const kustomization = KUSTOMIZATION_FILES.map((file2) => result2.entries.find((entry) => entry.name === file2 && (entry.type === "file" || entry.type === "symlink"))).find((entry) => entry !== void 0);
    if (!kustomization) {
      throw new RemoteFailure(`${name} is a directory without a kustomization.yaml: kustomize cannot build it`);
    }
    const file = path === "" ? kustomization.name : `${path}/${kustomization.name}`;
    const fileName = describeRemote(copy.remote, file);
    const content = await this.get(copy.remote, file);
    if (content.type !== "file")
      throw new RemoteFailure(`${fileName} is not a file`);
    const doc = (0, import_yaml8.parseDocument)(content.content.toString("utf8"), { version: "1.1", uniqueKeys: false });
    let data;
    try {
      data = doc.errors.length > 0 ? void 0 : doc.toJS({ maxAliasCount: 100 });
    } catch {
      data = void 0;
    }
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      throw new RemoteFailure(`${fileName} is not a kustomization (invalid YAML)`);
    }
    const references = kustomizationReferences(data);
    const dirAbs = join5(copy.dir, path);
    const next = [];
    let rewritten = false;
    for (const reference of references) {
      if (isRemoteReference(reference.value)) {
        if (!reference.at) {
          throw new RemoteFailure(`${fileName} names '${reference.value}' in ${reference.field}: only resources, bases and components may be remote`);
        }
        const remote2 = parseGitHubRemote(reference.value, this.options.hosts);
        if (!remote2) {
          throw new RemoteFailure(`${fileName} refers to '${reference.value}', which is not a GitHub repository: not fetched`);
        }
        const planned = this.plan(remote2, dirAbs, item.depth + 1, `${item.via} -> ${describeRemote(remote2)}`);
        doc.setIn(reference.at, planned.replacement);
        rewritten = true;
        next.push(planned.root);
        continue;
      }
      const target = joinRepoPath(path, reference.value);
      if (target === void 0) {
        throw new RemoteFailure(`${fileName} refers to '${reference.value}', outside the repository: not fetched`);
      }
      next.push({ kind: "path", copy, path: target, expect: "any", depth: item.depth, via: item.via });
    }
    await writeCopy(join5(dirAbs, kustomization.name), rewritten ? doc.toString() : content.content);
    return { next, copies: [copy.dir] };
  }
  /** One API answer, once per run, within the run's limits. */
  get(remote2, path) {
    const key = `${remote2.owner}/${remote2.repo}@${remote2.ref ?? ""}:${path}`;
    let pending = this.contents.get(key);
    if (!pending) {
      const name = describeRemote(remote2, path);
      if (++this.requests > this.limits.maxRequests) {
        pending = Promise.reject(new RemoteFailure(`more than ${this.limits.maxRequests} requests to the GitHub API in this review: ${name} is not fetched`));
      } else {
        pending = this.options.limit(() => this.options.fetchContents({
          owner: remote2.owner,
          repo: remote2.repo,
          path,
          ...remote2.ref !== void 0 && { ref: remote2.ref }
        })).then((result2) => {
          if (result2.type === "file") {
            this.bytes += result2.content.length;
            if (this.bytes > this.limits.maxBytes) {
              throw new RemoteFailure(`more than ${this.limits.maxBytes} bytes read through the GitHub API in this review: ${name} is not used`);
            }
          }
          return result2;
        }, (error) => {
          if (error instanceof RemoteFailure)
            throw error;
          throw new RemoteFailure(error instanceof Error ? error.message : String(error));
        });
      }
      pending.catch(() => void 0);
      this.contents.set(key, pending);
    }
    return pending;
  }
  tooDeep(via) {
    return new RemoteFailure(`remote kustomizations refer to further remote ones more than ${this.limits.maxDepth} deep (${via}): not followed`);
  }
};
function itemKey(item) {
  return item.kind === "file" ? `file\0${item.dest}` : `path\0${item.copy.dir}\0${item.path}`;
}
function relativePath(from, to) {
  const path = relative3(from, to).split(sep).join("/");
  return path === "" ? "." : path.startsWith(".") ? path : `./${path}`;
}
async function writeCopy(path, content) {
  await mkdir2(dirname2(path), { recursive: true });
  await writeFile3(path, content, { mode: 420 });
}
function kustomizationReferences(data) {
  const references = [];
  const add = (value, field, at) => {
    if (typeof value !== "string" || value === "" || value.includes("\n"))
      return;
    references.push({ value, field, ...at && { at } });
  };
  for (const field of ["resources", "bases", "components"]) {
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
        if (typeof file === "string")
          add(file.slice(file.indexOf("=") + 1), field);
      }
      for (const env of asList(generator.envs))
        add(env, field);
      add(generator.env, field);
    }
  }
  if (isRecord(data.openapi))
    add(data.openapi.path, "openapi");
  return references;
}

// lib/render/sandbox.js
import { existsSync as existsSync2, mkdirSync as mkdirSync2, mkdtempSync, writeFileSync as writeFileSync2 } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname as dirname3, join as join6 } from "node:path";
var PASSED_THROUGH = [
  "PATH",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "SYSTEMROOT",
  "GOMAXPROCS"
];
var Sandbox = class {
  root;
  charts;
  envBase;
  /**
   * Threads each tool (helm and kubectl are Go programs) runs Go code on, unless the machine sets GOMAXPROCS:
   * renders side by side then share the CPUs instead of each scheduling one thread per CPU.
   */
  toolThreads;
  constructor(parent = tmpdir()) {
    this.root = mkdtempSync(join6(parent, "kube-pr-review-render-"));
    const dir = (...parts) => {
      const path = join6(this.root, ...parts);
      mkdirSync2(path, { recursive: true });
      return path;
    };
    this.charts = dir("charts");
    const home = dir("home");
    const kubeconfig = join6(this.root, "kubeconfig");
    writeFileSync2(kubeconfig, "apiVersion: v1\nkind: Config\n");
    this.envBase = {
      HOME: home,
      TMPDIR: dir("tmp"),
      LANG: "C",
      LC_ALL: "C",
      // helm: no plugins (they are programs), no post-renderers, no repositories or logins of the machine.
      HELM_PLUGINS: dir("helm", "plugins"),
      HELM_NO_PLUGINS: "1",
      HELM_CONFIG_HOME: dir("helm", "config"),
      HELM_CACHE_HOME: dir("helm", "cache"),
      HELM_DATA_HOME: dir("helm", "data"),
      HELM_REGISTRY_CONFIG: join6(this.root, "helm", "config", "registry.json"),
      HELM_REPOSITORY_CONFIG: join6(this.root, "helm", "config", "repositories.yaml"),
      HELM_REPOSITORY_CACHE: dir("helm", "cache", "repository"),
      // kubectl: an empty kubeconfig, so nothing ever talks to a cluster.
      KUBECONFIG: kubeconfig,
      XDG_CONFIG_HOME: dir("xdg", "config"),
      XDG_CACHE_HOME: dir("xdg", "cache"),
      XDG_DATA_HOME: dir("xdg", "data"),
      // kustomize fetches remote bases with git: never prompt, never read the machine's git config.
      GIT_TERMINAL_PROMPT: "0",
      GIT_CONFIG_NOSYSTEM: "1"
    };
  }
  env() {
    const env = { ...this.envBase };
    if (this.toolThreads !== void 0)
      env.GOMAXPROCS = String(this.toolThreads);
    for (const name of PASSED_THROUGH) {
      const value = process.env[name];
      if (value !== void 0)
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
    const path = join6(this.root, "bin", "helm");
    if (!existsSync2(path)) {
      mkdirSync2(dirname3(path), { recursive: true });
      const quoted = (value) => `'${value.replace(/'/g, `'\\''`)}'`;
      writeFileSync2(path, [
        "#!/bin/sh",
        "# kube-pr-review: the helm kustomize runs for helmCharts.",
        'case "$1" in',
        '  version) echo "v3.99.0+kube-pr-review"; exit 0 ;;',
        "  template) ;;",
        `  *) echo "kube-pr-review: kustomize may only run 'helm template' here (charts are pulled beforehand)" >&2; exit 1 ;;`,
        "esac",
        `HELM_PLUGINS=${quoted(this.envBase.HELM_PLUGINS)} HELM_NO_PLUGINS=1 exec ${quoted(helm)} "$@"`,
        ""
      ].join("\n"), { mode: 493 });
    }
    return path;
  }
  /** A fresh directory under the sandbox. */
  dir(...parts) {
    const path = join6(this.root, ...parts);
    mkdirSync2(path, { recursive: true });
    return path;
  }
  /** Removes the sandbox; the review goes on meanwhile (nothing reads it once the renders are compared). */
  cleanup() {
    return rm(this.root, { recursive: true, force: true }).catch(() => {
    });
  }
};

// lib/render/scrub.js
var MAX_LINES = 12;
var MAX_LENGTH = 1500;
var SCRUBBED = "(masked)";
var SECRET_KEY = /pass(word|wd|phrase)?|secret|token|credential|private|api[-_]?key|auth|cert|\bkey$|Key$/i;
var ENCODED_RUN = /[A-Za-z0-9+/_-]{32,}={0,2}/g;
function scrubMessage(message, options) {
  let text = message.replace(/\r\n?/g, "\n");
  for (const { path, as } of [...options.roots].sort((a, b) => b.path.length - a.path.length)) {
    text = text.split(`${path}/`).join(as === "" ? "" : `${as}/`).split(path).join(as === "" ? "." : as);
  }
  const secrets = [...new Set(options.secrets)].filter((secret) => secret.length >= 4);
  secrets.sort((a, b) => b.length - a.length);
  for (const secret of secrets)
    text = text.split(secret).join(SCRUBBED);
  text = text.replace(ENCODED_RUN, (run2) => /[0-9]/.test(run2) && /[a-z]/.test(run2) && /[A-Z]/.test(run2) || /^[0-9a-f]{40,}$/.test(run2) ? SCRUBBED : run2);
  const lines = text.split("\n").map((line) => line.replace(/\s+$/, "")).filter((line) => line !== "" && !/^Use --debug flag/.test(line));
  let result2 = lines.slice(0, MAX_LINES).join("\n").replace(/^Error: /, "");
  if (lines.length > MAX_LINES)
    result2 += `
\u2026 (${lines.length - MAX_LINES} more lines)`;
  return result2.length > MAX_LENGTH ? `${result2.slice(0, MAX_LENGTH - 1)}\u2026` : result2;
}
function secretValues(values, out = /* @__PURE__ */ new Set(), underSecretKey = false) {
  if (typeof values === "string") {
    if (underSecretKey)
      out.add(values);
  } else if (Array.isArray(values)) {
    for (const item of values)
      secretValues(item, out, underSecretKey);
  } else if (typeof values === "object" && values !== null) {
    for (const [key, item] of Object.entries(values))
      secretValues(item, out, underSecretKey || SECRET_KEY.test(key));
  }
  return out;
}
function secretDataValues(object, out) {
  if (object.kind !== "Secret")
    return;
  for (const field of ["data", "stringData"]) {
    const map = object[field];
    if (typeof map !== "object" || map === null)
      continue;
    for (const value of Object.values(map)) {
      if (typeof value !== "string")
        continue;
      out.add(value);
      if (field === "data") {
        const decoded = Buffer.from(value, "base64").toString("utf8");
        for (const line of decoded.split("\n"))
          if (line.trim().length >= 4)
            out.add(line.trim());
      }
    }
  }
}

// lib/render/tools.js
import { accessSync, constants, existsSync as existsSync3, readFileSync, statSync } from "node:fs";
import { delimiter, dirname as dirname4, isAbsolute as isAbsolute2, join as join7, resolve as resolve3 } from "node:path";
import { fileURLToPath } from "node:url";
function findTools(options) {
  const tools = { missing: {} };
  const search = (name) => ownToolsBin(name) ?? onPath(name, options.searchPath ?? process.env.PATH ?? "");
  if (options.helmPath) {
    if (isExecutable(options.helmPath))
      tools.helm = resolve3(options.helmPath);
    else
      tools.missing.helm = `helm not found at ${options.helmPath}`;
  } else {
    const helm = search("helm");
    if (helm)
      tools.helm = helm;
    else
      tools.missing.helm = "helm is not installed (not on PATH): install it or pass --helm PATH";
  }
  if (options.kustomizePath) {
    if (isExecutable(options.kustomizePath))
      tools.kustomize = { path: resolve3(options.kustomizePath), mode: "kustomize" };
    else
      tools.missing.kustomize = `kustomize not found at ${options.kustomizePath}`;
  } else if (options.kubectlPath) {
    if (isExecutable(options.kubectlPath))
      tools.kustomize = { path: resolve3(options.kubectlPath), mode: "kubectl" };
    else
      tools.missing.kustomize = `kubectl not found at ${options.kubectlPath}`;
  } else {
    const kubectl = search("kubectl");
    const kustomize = kubectl ? void 0 : search("kustomize");
    if (kubectl)
      tools.kustomize = { path: kubectl, mode: "kubectl" };
    else if (kustomize)
      tools.kustomize = { path: kustomize, mode: "kustomize" };
    else
      tools.missing.kustomize = "neither kubectl nor kustomize is installed (not on PATH): install one or pass --kubectl PATH";
  }
  return tools;
}
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function onPath(name, searchPath) {
  for (const dir of searchPath.split(delimiter)) {
    if (dir === "" || !isAbsolute2(dir))
      continue;
    const candidate = join7(dir, name);
    if (isExecutable(candidate))
      return candidate;
  }
  return void 0;
}
var ownRoot;
function ownToolsBin(name) {
  if (ownRoot === void 0)
    ownRoot = findOwnRoot();
  if (!ownRoot)
    return void 0;
  const candidate = join7(ownRoot, ".tools", "bin", name);
  return isExecutable(candidate) ? candidate : void 0;
}
function findOwnRoot() {
  let dir = dirname4(fileURLToPath(import.meta.url));
  for (let level = 0; level < 4; level++) {
    const manifest = join7(dir, "package.json");
    if (existsSync3(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === TOOL_NAME)
          return dir;
      } catch {
      }
    }
    dir = dirname4(dir);
  }
  return null;
}

// lib/render/values-lines.js
var import_yaml9 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join8 } from "node:path";
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
function parsedKeyLines(text) {
  const lineCounter = new import_yaml9.LineCounter();
  const doc = (0, import_yaml9.parseDocument)(text, { lineCounter, uniqueKeys: false });
  if (doc.errors.length > 0)
    return [];
  const out = [];
  const visit = (node, path) => {
    if ((0, import_yaml9.isMap)(node)) {
      for (const pair of node.items) {
        if (!(0, import_yaml9.isPair)(pair) || !(0, import_yaml9.isScalar)(pair.key))
          continue;
        const key = String(pair.key.value);
        const child = path ? `${path}.${key}` : key;
        out.push({ line: lineCounter.linePos(pair.key.range?.[0] ?? 0).line, path: child });
        visit(pair.value, child);
      }
    } else if ((0, import_yaml9.isSeq)(node)) {
      for (const item of node.items)
        visit(item, path);
    }
  };
  visit(doc.contents, "");
  return out.sort((a, b) => a.line - b.line);
}
var KEY_LINE = /^( *)((?:- +)*)("[^"\\]*"|'[^']*'|[A-Za-z_/][\w./-]*):(?: +(.*))?$/;
var SEQUENCE_ITEM = /^( *)- *(.*)$/;
var BLOCK_SCALAR = /^[|>][-+0-9]*(?: +#.*)?$/;
var NOT_A_STRING_KEY = /^(true|false|null|~|yes|no|on|off|y|n)$/i;
function scanBlockKeys(text) {
  const out = [];
  const open = [];
  let blockScalarIndent = -1;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    const indent = line.length - line.trimStart().length;
    if (blockScalarIndent >= 0) {
      if (line.trim() === "" || indent > blockScalarIndent)
        continue;
      blockScalarIndent = -1;
    }
    const content = line.trim();
    if (content === "" || content.startsWith("#"))
      continue;
    if (line.includes("	") || /^(---|\.\.\.)(\s|$)/.test(line))
      return void 0;
    const key = KEY_LINE.exec(line);
    if (!key) {
      const item = SEQUENCE_ITEM.exec(line);
      if (!item || item[2] === "" || !isOneLineScalar(item[2]))
        return void 0;
      if (BLOCK_SCALAR.test(item[2]))
        blockScalarIndent = item[1].length;
      continue;
    }
    const [, spaces = "", dashes = "", rawKey = "", rest = ""] = key;
    if (dashes.length > 0 && dashes.trim() !== "-")
      return void 0;
    const column = spaces.length + dashes.length;
    const name = rawKey.startsWith('"') || rawKey.startsWith("'") ? rawKey.slice(1, -1) : rawKey;
    if (name === rawKey && (NOT_A_STRING_KEY.test(name) || /^[-+.\d]/.test(name)))
      return void 0;
    const value = rest.replace(/(^| +)#.*$/, "").trim();
    if (value !== "" && !isOneLineScalar(value))
      return void 0;
    while (open.length > 0 && open[open.length - 1].indent >= column)
      open.pop();
    const parent = open[open.length - 1]?.path ?? "";
    const path = parent ? `${parent}.${name}` : name;
    out.push({ line: i + 1, path });
    if (value === "")
      open.push({ indent: column, path });
    else if (BLOCK_SCALAR.test(value))
      blockScalarIndent = column;
  }
  return out;
}
function isOneLineScalar(value) {
  if (/^[&*!?%@`]/.test(value))
    return false;
  if (value.startsWith('"'))
    return /^"(?:[^"\\]|\\.)*"$/.test(value);
  if (value.startsWith("'"))
    return /^'(?:[^']|'')*'$/.test(value);
  if (value.startsWith("[") || value.startsWith("{")) {
    const unquoted = value.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, "x");
    return /^(\[[^[\]{}:"'#]*\]|\{ *\})$/.test(unquoted);
  }
  return !value.includes(": ") && !value.endsWith(":");
}
var VALUES_REFERENCE = /\.Values((?:\.[A-Za-z_][\w-]*)+)/g;
function templateValueRefs(chartDir, template, templateCache) {
  const slash = template.indexOf("/");
  if (slash === -1 || !template.includes("/templates/"))
    return [];
  const key = `${chartDir}\0${template}`;
  let refs = templateCache.get(key);
  if (!refs) {
    const path = join8(chartDir, template.slice(slash + 1));
    let text = "";
    try {
      text = readFileSync2(path, "utf8");
    } catch {
    }
    refs = [...new Set([...text.matchAll(VALUES_REFERENCE)].map((match) => match[1].slice(1)))];
    templateCache.set(key, refs);
  }
  return refs;
}
function lineForTemplate(lines, refs) {
  return lines.find((line) => refs.some((ref) => ref === line.path || line.path.startsWith(`${ref}.`) || ref.startsWith(`${line.path}.`)));
}

// lib/render/render-changes.js
var EMPTY = { targets: [], problems: [], inputFiles: [] };
async function renderChanges(request) {
  const settings = request.options.render;
  if (settings && !settings.enabled)
    return EMPTY;
  const headReleases = settings?.releases ?? [];
  const baseByName = new Map((request.baseReleases ?? headReleases).map((release) => [release.name, release]));
  const baseReleases2 = headReleases.map((release) => baseByName.get(release.name) ?? release);
  const { base: baseTree, head: headTree } = request.trees;
  const sameCommit = baseTree === headTree && baseReleases2.every((release, i) => release === headReleases[i]);
  const identity = request.identity ?? (() => Promise.resolve(ANY_REPOSITORY));
  const headFound = await (request.headDiscovery ?? discoverSide(headTree, headReleases, request.configFile, identity));
  const baseFound = sameCommit ? headFound : await discoverSide(baseTree, baseReleases2, request.configFile, identity);
  for (const note of /* @__PURE__ */ new Set([...headFound.notes]))
    request.logger.info(note);
  const consumed = /* @__PURE__ */ new Set([...baseFound.consumed, ...headFound.consumed]);
  const inScope = (target) => request.options.pathFilter.matches(target.anchor.file);
  const pairs = pairTargets(sideTargets(baseFound, consumed).filter(inScope), sideTargets(headFound, consumed).filter(inScope));
  const selected = pairs.map((pair) => ({ pair, affected: isAffected(pair, request.changed) })).filter(({ pair, affected }) => affected || request.everything && pair.head);
  if (selected.length === 0)
    return EMPTY;
  const sandbox = new Sandbox();
  try {
    const limit = createLimiter(Math.max(1, availableParallelism()));
    const apiUrl = request.options.github?.apiUrl || DEFAULT_GITHUB_API_URL;
    const token = request.options.github?.token;
    const env = {
      sandbox,
      tools: findTools({
        ...settings?.helmPath ? { helmPath: settings.helmPath } : {},
        ...settings?.kubectlPath ? { kubectlPath: settings.kubectlPath } : {},
        ...settings?.kustomizePath ? { kustomizePath: settings.kustomizePath } : {}
      }),
      timeoutMs: settings?.timeoutMs ?? 12e4,
      kubeVersion: `${request.options.kubernetesVersion.major}.${request.options.kubernetesVersion.minor}`,
      apiVersions: settings?.apiVersions ?? [],
      limit,
      serial: createLimiter(1),
      charts: /* @__PURE__ */ new Map(),
      dependencies: /* @__PURE__ */ new Map(),
      remote: new RemoteFetcher({
        fetchContents: request.fetchContents ?? createContentsClient({
          apiUrl,
          ...token && { token },
          timeoutMs: Math.min(settings?.timeoutMs ?? 12e4, 3e4)
        }).get,
        dir: sandbox.dir("remote"),
        hosts: githubHosts(apiUrl),
        limit: createLimiter(8)
      })
    };
    const sides = {
      base: newSideEnv("base", baseFound.index, sandbox.dir("base", "repo"), sandbox.dir("base", "inline-values")),
      head: newSideEnv("head", headFound.index, sandbox.dir("head", "repo"), sandbox.dir("head", "inline-values"))
    };
    const problems = [];
    const jobs = [];
    for (const { pair, affected } of selected) {
      if (pair.head && pair.head.problems.length > 0)
        continue;
      if (pair.head)
        jobs.push({ pair, affected, side: "head", target: pair.head });
      if (pair.base && affected)
        jobs.push({ pair, affected, side: "base", target: pair.base });
    }
    for (const side of ["base", "head"]) {
      const targets = jobs.filter((job) => job.side === side && job.target.problems.length === 0).map((job) => job.target);
      const linkProblems = await sides[side].workspace.materialize(targets.flatMap((target) => target.inputDirs), targets.flatMap((target) => target.inputFiles));
      if (side === "head") {
        for (const problem of linkProblems) {
          problems.push({
            file: problem.path,
            line: 1,
            message: problem.message,
            severity: "warning",
            key: `symlink ${problem.path}`
          });
        }
      }
    }
    const cpus = availableParallelism();
    if (jobs.length > 1)
      sandbox.toolThreads = Math.floor(cpus / Math.min(jobs.length, cpus));
    const rendering = Promise.all(jobs.map(async (job) => job.target.problems.length > 0 ? blocked(job.target) : renderTarget(job.target, sides[job.side], env)));
    if (request.whileRendering && jobs.length < cpus)
      setImmediate(request.whileRendering);
    const renders = await rendering;
    const rendered = /* @__PURE__ */ new Map();
    jobs.forEach((job, i) => {
      const entry = rendered.get(job.pair.id) ?? {};
      entry[job.side] = renders[i];
      rendered.set(job.pair.id, entry);
    });
    const results = [];
    const inputFiles = /* @__PURE__ */ new Map();
    const changedByPath = new Map(request.changed.filter((file) => file.status !== "deleted").map((file) => [file.path, file]));
    const templateRefs = /* @__PURE__ */ new Map();
    for (const { pair, affected } of selected) {
      const outcome = rendered.get(pair.id) ?? {};
      const inputs = affected ? changedInputs(pair, request.changed) : [];
      for (const file of inputs)
        inputFiles.set(file.path, file);
      const result2 = compare2(pair, affected, outcome, {
        request,
        indexes: { base: baseFound.index, head: headFound.index },
        problems,
        changedByPath,
        inputs,
        sandbox,
        sides,
        remote: env.remote,
        templateRefs
      });
      if (result2)
        results.push(result2);
    }
    return { targets: results, problems, inputFiles: [...inputFiles.values()], cleanup: sandbox.cleanup() };
  } catch (error) {
    await sandbox.cleanup();
    throw error;
  }
}
function blocked(target) {
  return {
    ok: false,
    failure: { kind: "blocked", message: target.problems[0].message, at: target.problems[0].at }
  };
}
function renderTarget(target, side, env) {
  return target.spec.type === "helm" ? renderHelm(target, target.spec, side, env) : renderKustomize(target, target.spec, side, env);
}
function compare2(pair, affected, outcome, context) {
  const { problems } = context;
  const target = pair.head ?? pair.base;
  const head = outcome.head;
  const base = outcome.base;
  const status = pair.head && pair.base ? "modified" : pair.head ? "added" : "deleted";
  if (pair.head && pair.head.problems.length > 0) {
    for (const problem of pair.head.problems) {
      problems.push({
        ...problem.at,
        message: `${pair.head.label}: ${problem.message}`,
        severity: problem.severity,
        key: `${pair.id} ${problem.message}`
      });
    }
    return void 0;
  }
  let secretValues2;
  const secrets = () => secretValues2 ??= collectSecrets(pair, outcome, context);
  const headFailure = head && !head.ok ? head.failure : void 0;
  const baseFailure = base && !base.ok ? base.failure : void 0;
  if (headFailure) {
    const message = describeFailure(pair.head, headFailure, secrets(), context);
    const same = headFailure.kind !== "tool-missing" && baseFailure !== void 0 && describeFailure(pair.base, baseFailure, secrets(), context) === message;
    problems.push({
      ...headFailure.at ?? pair.head.anchor,
      message: same ? `${message} (it failed the same way before this change)` : message,
      severity: headFailure.kind === "tool-missing" || same ? "warning" : "error",
      key: `${pair.id} ${normalise(message)}`
    });
    return void 0;
  }
  const headResources = head && head.ok ? head.resources : [];
  const baseResources = base && base.ok ? base.resources : [];
  for (const message of head && head.ok ? head.problems : []) {
    problems.push({
      ...pair.head.anchor,
      message: `${pair.head.label}: rendered YAML: ${message}`,
      severity: "error",
      key: `${pair.id} ${message}`
    });
  }
  if (baseFailure && pair.head) {
    problems.push({
      ...pair.head.anchor,
      message: `${pair.base.label}: the base commit could not be rendered, so there is no rendered diff; the rendered resources are checked as they are: ${describeFailure(pair.base, baseFailure, secrets(), context)}`,
      severity: "notice",
      key: `${pair.id} base ${normalise(baseFailure.message)}`
    });
  }
  if (pair.head)
    attribute(pair, headResources, head && head.ok ? head.chartDir : void 0, context);
  for (const resource of baseResources) {
    const at = (pair.base ?? pair.head).anchor;
    place(resource, at);
  }
  const diffed = affected && !baseFailure;
  const changes = diffed ? diffResources(baseResources, headResources, {
    ignoreFields: context.request.options.ignoreFields ?? NO_IGNORED_FIELDS,
    identical: (a, b) => a.text === b.text,
    pairGeneratedNames: true
  }) : [];
  const helmChartBumps2 = diffed ? kustomizeChartBumps(pair, context.indexes) : [];
  return {
    target,
    ...pair.base ? { baseTarget: pair.base } : {},
    status,
    changes,
    diffed,
    affected,
    baseResources,
    headResources,
    ...helmChartBumps2.length > 0 ? { helmChartBumps: helmChartBumps2 } : {}
  };
}
function kustomizeChartBumps(pair, indexes3) {
  if (pair.base?.spec.type !== "kustomize" || pair.head?.spec.type !== "kustomize")
    return [];
  const bumps = [];
  for (const dir of pair.head.inputDirs) {
    const head = indexes3.head.kustomizations.get(dir);
    const base = indexes3.base.kustomizations.get(dir);
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
      line: after.versionLine ?? after.line
    });
  }
  return bumps;
}
function place(resource, at) {
  resource.file = at.file;
  resource.line = at.line;
  resource.endLine = at.line;
  resource.lineOf = () => at.line;
}
function attribute(pair, resources, chartDir, context) {
  const head = pair.head;
  const { changedByPath, inputs } = context;
  const changedLine = (path, range) => {
    const file = changedByPath.get(path);
    if (!file)
      return void 0;
    return { file: path, line: firstChangedLine(file, range) ?? range?.start ?? 1 };
  };
  const changedInputLine = (file) => {
    const text = isManifestPath(file.path) ? readIfPresent(join9(context.sides.head.workspace.dir, file.path)) : void 0;
    const key = text === void 0 ? void 0 : changedValuesLines(file, text)[0];
    return key ? { file: key.file, line: key.line } : changedLine(file.path);
  };
  const firstChangedInputLine = () => {
    const input = inputs.find((file) => changedByPath.has(file.path));
    return input && changedInputLine(input);
  };
  const versionChanged = pair.base !== void 0 && versionOf(pair.base, context.indexes.base) !== versionOf(head, context.indexes.head);
  const declarationChanged = !pair.base || specKey(pair.base) !== specKey(head);
  const valuesLines = [];
  if (head.spec.type === "helm") {
    const chart = head.spec.chart;
    const paths = [
      ...chart.type === "path" ? [chart.path ? `${chart.path}/values.yaml` : "values.yaml"] : [],
      ...head.spec.valuesFiles.filter((values) => !values.inChart).map((values) => values.path)
    ];
    for (const path of paths) {
      const file = changedByPath.get(path);
      const text = file && readIfPresent(join9(context.sides.head.workspace.dir, file.path));
      if (file && text !== void 0)
        valuesLines.push(...changedValuesLines(file, text));
    }
  }
  const generic = (versionChanged ? head.versionAt : void 0) ?? valuesLines[0] ?? (declarationChanged ? changedLine(head.anchor.file, head.declared) : void 0) ?? firstChangedInputLine() ?? head.anchor;
  const changedLineAt = (at) => changedByPath.get(at.file)?.hunks.some((hunk) => hunk.addedLines.includes(at.line)) === true;
  for (const resource of resources) {
    if (resource.remote && changedLineAt(resource.remote.at)) {
      place(resource, resource.remote.at);
      continue;
    }
    const source = resource.sourcePath !== void 0 ? changedByPath.get(resource.sourcePath) : void 0;
    if (source) {
      const match = context.request.parsedHead(source.path)?.resources.find((raw) => raw.ref.kind === resource.ref.kind && raw.ref.name === resource.ref.name);
      if (match) {
        resource.file = match.file;
        resource.line = match.line;
        resource.endLine = match.endLine;
        resource.lineOf = match.lineOf;
        if (match.ignoredRules.size > 0)
          resource.ignoredRules = /* @__PURE__ */ new Set([...resource.ignoredRules, ...match.ignoredRules]);
      } else {
        place(resource, changedLine(source.path));
      }
      continue;
    }
    const template = resource.rendered.template;
    const valuesLine = chartDir && template && valuesLines.length > 0 ? lineForTemplate(valuesLines, templateValueRefs(chartDir, template, context.templateRefs)) : void 0;
    place(resource, valuesLine ?? generic);
  }
}
function firstChangedLine(file, range) {
  const inRange = (line) => !range || line >= range.start && line <= range.end;
  for (const hunk of file.hunks)
    for (const line of hunk.addedLines)
      if (inRange(line))
        return line;
  for (const hunk of file.hunks) {
    const line = Math.max(1, hunk.newStart);
    if (inRange(line))
      return line;
  }
  return void 0;
}
function versionOf(target, index) {
  if (target.spec.type !== "helm")
    return "";
  const chart = target.spec.chart;
  if (chart.type === "path")
    return index.charts.get(chart.path)?.version ?? "";
  return chart.version;
}
function describeFailure(target, failure, secrets, context) {
  const tool = target.spec.type === "helm" ? "helm" : "kustomize";
  const message = scrubMessage(failure.message, {
    roots: [
      { path: context.sides.base.workspace.dir, as: "" },
      { path: context.sides.head.workspace.dir, as: "" },
      { path: context.sides.base.inlineDir, as: "(inline values)" },
      { path: context.sides.head.inlineDir, as: "(inline values)" },
      { path: context.sandbox.charts, as: "(remote chart)" },
      ...context.remote.names(),
      { path: context.sandbox.root, as: "(sandbox)" }
    ],
    secrets
  });
  switch (failure.kind) {
    case "tool-missing":
      return `${target.label} is not rendered: ${message}`;
    case "blocked":
      return `${target.label}: ${message}`;
    default:
      return `${target.label}: ${tool} failed: ${message}`;
  }
}
function normalise(message) {
  return message.replace(/\d+/g, "#");
}
function collectSecrets(pair, outcome, context) {
  const secrets = /* @__PURE__ */ new Set();
  const token = context.request.options.github?.token;
  if (token)
    secrets.add(token);
  for (const side of ["base", "head"]) {
    const render2 = outcome[side];
    if (render2?.ok) {
      for (const resource of render2.resources) {
        if (resource.ref.kind === "Secret")
          secretDataValues(resource.object, secrets);
      }
    }
    const target = pair[side];
    if (target?.spec.type !== "helm")
      continue;
    for (const values of target.spec.inlineValues)
      collectFromYaml(values.text, secrets);
    for (const file of target.spec.valuesFiles) {
      if (file.inChart)
        continue;
      const text = readIfPresent(join9(context.sides[side].workspace.dir, file.path));
      if (text !== void 0)
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
    return readFileSync3(path, "utf8");
  } catch {
    return void 0;
  }
}
function collectFromYaml(text, secrets) {
  try {
    const data = (0, import_yaml10.parse)(text, { maxAliasCount: 100 });
    if (isRecord(data))
      secretValues(asRecord(data), secrets);
  } catch {
  }
}

// lib/rules/workload.js
var import_yaml11 = __toESM(require_dist(), 1);
function isKind(resource, kind, groups) {
  return resource.ref.kind === kind && groups.includes(apiGroup(resource.ref.apiVersion));
}
var POD_SPEC_PATHS = {
  Pod: { groups: [""], path: ["spec"] },
  ReplicationController: { groups: [""], path: ["spec", "template", "spec"] },
  Deployment: { groups: ["apps", "extensions"], path: ["spec", "template", "spec"] },
  StatefulSet: { groups: ["apps"], path: ["spec", "template", "spec"] },
  DaemonSet: { groups: ["apps", "extensions"], path: ["spec", "template", "spec"] },
  ReplicaSet: { groups: ["apps", "extensions"], path: ["spec", "template", "spec"] },
  Job: { groups: ["batch"], path: ["spec", "template", "spec"] },
  CronJob: { groups: ["batch"], path: ["spec", "jobTemplate", "spec", "template", "spec"] }
};
function podSpecOf(resource) {
  const where2 = POD_SPEC_PATHS[resource.ref.kind];
  if (!where2 || !where2.groups.includes(apiGroup(resource.ref.apiVersion)))
    return void 0;
  let node = resource.object;
  for (const segment of where2.path) {
    if (!isRecord(node))
      return void 0;
    node = node[segment];
  }
  return isRecord(node) ? { spec: node, path: where2.path } : void 0;
}
function isLongRunning(resource, pod) {
  const kind = resource.ref.kind;
  if (kind === "Job" || kind === "CronJob")
    return false;
  if (kind === "Pod")
    return pod.spec.restartPolicy !== "Never" && pod.spec.restartPolicy !== "OnFailure";
  return true;
}
var CONTAINER_FIELDS = {
  container: "containers",
  initContainer: "initContainers",
  ephemeralContainer: "ephemeralContainers"
};
var ALL_CONTAINER_KINDS = [
  "initContainer",
  "container",
  "ephemeralContainer"
];
function containersOf(pod, kinds2 = ALL_CONTAINER_KINDS) {
  const found = [];
  for (const kind of kinds2) {
    const field = CONTAINER_FIELDS[kind];
    asList(pod.spec[field]).forEach((container, index) => {
      if (!isRecord(container))
        return;
      const name = typeof container.name === "string" ? container.name : `#${index + 1}`;
      found.push({ container, name, kind, path: [...pod.path, field, index] });
    });
  }
  return found;
}
function describeContainer(ref) {
  const label = ref.kind === "initContainer" ? "init container" : ref.kind === "ephemeralContainer" ? "ephemeral container" : "container";
  return `${label} '${ref.name}'`;
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function joinPhrases(phrases) {
  if (phrases.length <= 1)
    return phrases.join("");
  return `${phrases.slice(0, -1).join(", ")} and ${phrases[phrases.length - 1]}`;
}
function kindAndName(resource) {
  return `${resource.ref.kind} '${resource.ref.name}'`;
}
function sameNamespace(a, b) {
  return a === void 0 || b === void 0 || a === b;
}
function replicasOf(resource) {
  const spec = resource.object.spec;
  const replicas = isRecord(spec) ? spec.replicas : void 0;
  if (replicas === void 0 || replicas === null)
    return 1;
  return typeof replicas === "number" && Number.isInteger(replicas) && replicas >= 0 ? replicas : void 0;
}
function isScalableWorkload(resource) {
  return isKind(resource, "Deployment", ["apps", "extensions"]) || isKind(resource, "StatefulSet", ["apps"]);
}
function selectorMatches(selector, labels) {
  const matchLabels = selector.matchLabels;
  if (isRecord(matchLabels)) {
    for (const [key, value] of Object.entries(matchLabels)) {
      if (!Object.hasOwn(labels, key) || String(labels[key]) !== String(value))
        return false;
    }
  }
  for (const expression of asList(selector.matchExpressions)) {
    if (!isRecord(expression) || typeof expression.key !== "string")
      return false;
    const has = Object.hasOwn(labels, expression.key);
    const value = has ? String(labels[expression.key]) : void 0;
    const values = asList(expression.values).map(String);
    switch (expression.operator) {
      case "In":
        if (value === void 0 || !values.includes(value))
          return false;
        break;
      case "NotIn":
        if (value !== void 0 && values.includes(value))
          return false;
        break;
      case "Exists":
        if (!has)
          return false;
        break;
      case "DoesNotExist":
        if (has)
          return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
var SCALER_KINDS = ["HorizontalPodAutoscaler", "ScaledObject"];
var WORKLOAD_KINDS = ["Deployment", "StatefulSet"];
var LIMIT_RANGE_KINDS = ["LimitRange"];
var indexes = /* @__PURE__ */ new WeakMap();
function headIndex(resources) {
  let index = indexes.get(resources);
  if (!index) {
    index = buildIndex(resources);
    indexes.set(resources, index);
  }
  return index;
}
function buildIndex(resources) {
  const scalers = /* @__PURE__ */ new Map();
  const limitRanges = [];
  const workloadResources = [];
  for (const resource of resources) {
    const target = scaleTarget(resource);
    if (target) {
      const key = `${target.kind}/${target.name}`;
      const list = scalers.get(key) ?? [];
      list.push({ resource, minReplicas: target.minReplicas });
      scalers.set(key, list);
    } else if (isKind(resource, "LimitRange", [""])) {
      limitRanges.push({ namespace: resource.ref.namespace, defaults: limitRangeDefaults(resource) });
    } else if (isScalableWorkload(resource)) {
      workloadResources.push(resource);
    }
  }
  const scalerFor = (workload) => scalers.get(`${workload.ref.kind}/${workload.ref.name}`)?.find((scaler) => sameNamespace(scaler.resource.ref.namespace, workload.ref.namespace));
  const workloads = [];
  for (const resource of workloadResources) {
    const spec = resource.object.spec;
    const template = isRecord(spec) ? spec.template : void 0;
    const metadata = isRecord(template) ? template.metadata : void 0;
    const labels = isRecord(metadata) && isRecord(metadata.labels) ? metadata.labels : {};
    const scaler = scalerFor(resource);
    const replicas = scaler ? scaler.minReplicas : replicasOf(resource);
    if (replicas === void 0)
      continue;
    workloads.push({ resource, labels, replicas, ...scaler ? { scaler } : {} });
  }
  const byNamespace = /* @__PURE__ */ new Map();
  for (const workload of workloads) {
    const list = byNamespace.get(workload.resource.ref.namespace) ?? [];
    list.push(workload);
    byNamespace.set(workload.resource.ref.namespace, list);
  }
  return {
    scalerFor,
    workloadsIn(namespace) {
      if (namespace === void 0)
        return workloads;
      return [...byNamespace.get(namespace) ?? [], ...byNamespace.get(void 0) ?? []];
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
    }
  };
}
function scaleTarget(resource) {
  const isHpa = isKind(resource, "HorizontalPodAutoscaler", ["autoscaling"]);
  const isKeda = isKind(resource, "ScaledObject", ["keda.sh"]);
  if (!isHpa && !isKeda)
    return void 0;
  const spec = resource.object.spec;
  if (!isRecord(spec) || !isRecord(spec.scaleTargetRef))
    return void 0;
  const ref = spec.scaleTargetRef;
  if (typeof ref.name !== "string")
    return void 0;
  const kind = typeof ref.kind === "string" ? ref.kind : isKeda ? "Deployment" : void 0;
  if (!kind)
    return void 0;
  const min = isHpa ? spec.minReplicas : spec.minReplicaCount;
  const minReplicas = Math.max(typeof min === "number" ? min : 1, 1);
  return { kind, name: ref.name, minReplicas };
}
function limitRangeDefaults(resource) {
  const defaults = { cpuRequest: false, memoryRequest: false, memoryLimit: false };
  const spec = resource.object.spec;
  for (const limit of asList(isRecord(spec) ? spec.limits : void 0)) {
    if (!isRecord(limit) || limit.type !== "Container")
      continue;
    const limits = isRecord(limit.default) ? limit.default : {};
    const requests = isRecord(limit.defaultRequest) ? limit.defaultRequest : {};
    defaults.cpuRequest ||= requests.cpu !== void 0 || limits.cpu !== void 0;
    defaults.memoryRequest ||= requests.memory !== void 0 || limits.memory !== void 0;
    defaults.memoryLimit ||= limits.memory !== void 0;
  }
  return defaults;
}
function topLevelValue(text, key) {
  const lineCounter = new import_yaml11.LineCounter();
  const doc = (0, import_yaml11.parseDocument)(text, { lineCounter, uniqueKeys: false });
  if (doc.errors.length > 0 || !(0, import_yaml11.isMap)(doc.contents))
    return void 0;
  for (const pair of doc.contents.items) {
    if (!(0, import_yaml11.isScalar)(pair.key) || pair.key.value !== key)
      continue;
    const scalar = (0, import_yaml11.isScalar)(pair.value) ? pair.value : void 0;
    const value = typeof scalar?.value === "number" && scalar.source ? scalar.source : scalar?.value;
    return { value, line: lineCounter.linePos(pair.key.range?.[0] ?? 0).line };
  }
  return void 0;
}
var IGNORE_COMMENT2 = /#\s*kube-pr-review:\s*ignore\b([^\n]*)/g;
function ignoredInText(text, ruleId) {
  for (const match of text.matchAll(IGNORE_COMMENT2)) {
    const ids = (match[1] ?? "").split(/[\s,]+/).filter((id) => /^[a-z0-9-]+$/.test(id));
    if (ids.length === 0 || ids.includes(ruleId))
      return true;
  }
  return false;
}

// lib/rules/chart-kube-version.js
var chartKubeVersionMeta = {
  id: "chart-kube-version",
  description: "A Helm chart's kubeVersion constraint excludes the target Kubernetes version.",
  category: "upgradability",
  defaultSeverity: "error"
};
var CHART_FILE = /(^|\/)Chart\.yaml$/;
var CONFIG_FILE = /(^|\/)\.kube-pr-review\.ya?ml$/;
var chartKubeVersionAnalyzer = {
  metas: [chartKubeVersionMeta],
  async analyze(input, report) {
    const paths = /* @__PURE__ */ new Set();
    for (const file of input.changedFiles) {
      if (file.status !== "deleted" && CHART_FILE.test(file.path))
        paths.add(file.path);
    }
    const everyChart = input.mode === "audit" || input.options.scope === "all" || input.changedFiles.some((file) => CONFIG_FILE.test(file.path));
    if (everyChart && input.headFiles) {
      for (const path of await input.headFiles())
        if (CHART_FILE.test(path))
          paths.add(path);
    }
    const { kubernetesVersion, upgradeVersion } = input.options;
    for (const path of [...paths].sort()) {
      const text = await input.readFile("head", path);
      if (text === void 0 || ignoredInText(text, chartKubeVersionMeta.id))
        continue;
      const kubeVersion = topLevelValue(text, "kubeVersion");
      if (!kubeVersion || kubeVersion.value === null || kubeVersion.value === "")
        continue;
      const constraintText = String(kubeVersion.value);
      const name = topLevelValue(text, "name")?.value;
      const chart = typeof name === "string" ? `Chart '${name}'` : "The chart";
      const at = { ruleId: chartKubeVersionMeta.id, file: path, line: kubeVersion.line, key: "kubeVersion" };
      const constraint = parseConstraint(constraintText);
      if (!constraint) {
        report({
          ...at,
          message: `${chart} has kubeVersion '${constraintText}', which is not a semver constraint Helm can read: helm install and upgrade refuse the chart. Write it like \`>= 1.25.0-0 < 1.34.0-0\`.`
        });
        continue;
      }
      const target = formatVersion(kubernetesVersion);
      if (!allowsMinor(constraint, kubernetesVersion)) {
        report({
          ...at,
          message: `${chart} requires kubeVersion '${constraintText}', which excludes Kubernetes ${target} (the target): helm install and upgrade fail with "incompatible with Kubernetes". Use a chart version that supports ${target}, or widen kubeVersion if you maintain the chart.`
        });
      } else if (!allowsMinor(constraint, upgradeVersion)) {
        const upgrade = formatVersion(upgradeVersion);
        report({
          ...at,
          severity: "warning",
          message: `${chart} requires kubeVersion '${constraintText}', which accepts ${target} but excludes ${upgrade} (the upgrade target): after the upgrade, helm upgrade fails with "incompatible with Kubernetes". Move to a chart version that supports ${upgrade} before upgrading the cluster.`
        });
      }
    }
  }
};
var VERSION = "v?([0-9xX*]+)(\\.[0-9xX*]+)?(\\.[0-9xX*]+)?(-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?";
var OPERATOR = "(!=|>=|=>|<=|=<|~>|>|<|=|~|\\^)?";
var RANGE = new RegExp(`\\s*(${VERSION.replace(/\((?!\?)/g, "(?:")})\\s+-\\s+(${VERSION.replace(/\((?!\?)/g, "(?:")})\\s*`, "g");
var VALID_GROUP = new RegExp(`^\\s*${OPERATOR}\\s*${VERSION}\\s*((\\s+|,\\s*)${OPERATOR}\\s*${VERSION}\\s*)*$`);
var COMPARATOR = new RegExp(`${OPERATOR}\\s*${VERSION}`, "g");
var isWildcard = (part) => part === "x" || part === "X" || part === "*";
function parseConstraint(text) {
  const rewritten = text.replace(RANGE, (_match, low, high) => ` >= ${low}, <= ${high} `);
  const groups = [];
  for (const group of rewritten.split("||")) {
    if (!VALID_GROUP.test(group))
      return void 0;
    const comparators = [];
    for (const match of group.matchAll(COMPARATOR)) {
      const comparator = toComparator(match);
      if (!comparator)
        return void 0;
      comparators.push(comparator);
    }
    groups.push(comparators);
  }
  return groups;
}
function toComparator(match) {
  const operator = match[1] ?? "";
  const [majorText, minorPart, patchPart, prerelease] = [match[2], match[3], match[4], match[5]];
  const minorText = minorPart?.slice(1);
  const patchText = patchPart?.slice(1);
  const comparator = {
    operator,
    major: 0,
    minor: 0,
    patch: 0,
    prerelease: prerelease !== void 0,
    minorDirty: false,
    patchDirty: false,
    dirty: false
  };
  if (majorText === void 0 || isWildcard(majorText)) {
    comparator.dirty = true;
    return comparator;
  }
  comparator.major = Number(majorText);
  if (minorText === void 0 || isWildcard(minorText)) {
    comparator.dirty = comparator.minorDirty = true;
  } else {
    comparator.minor = Number(minorText);
    if (patchText === void 0 || isWildcard(patchText))
      comparator.dirty = comparator.patchDirty = true;
    else
      comparator.patch = Number(patchText);
  }
  const numbers = [comparator.major, comparator.minor, comparator.patch];
  return numbers.every(Number.isSafeInteger) ? comparator : void 0;
}
function compare3(v, c) {
  return v.major - c.major || v.minor - c.minor || v.patch - c.patch || (c.prerelease ? 1 : 0);
}
function satisfies(v, c) {
  switch (c.operator) {
    case "":
    case "=":
      return c.dirty ? tilde(v, c) : compare3(v, c) === 0;
    case "!=":
      if (!c.dirty)
        return compare3(v, c) !== 0;
      if (c.major !== v.major)
        return true;
      if (c.minorDirty)
        return false;
      if (c.minor !== v.minor)
        return true;
      return c.prerelease;
    case ">":
      if (!c.dirty)
        return compare3(v, c) > 0;
      if (v.major !== c.major)
        return v.major > c.major;
      if (c.minorDirty)
        return false;
      if (c.patchDirty)
        return v.minor > c.minor;
      return compare3(v, c) > 0;
    case "<":
      return compare3(v, c) < 0;
    case ">=":
    case "=>":
      return compare3(v, c) >= 0;
    case "<=":
    case "=<":
      if (!c.dirty)
        return compare3(v, c) <= 0;
      if (v.major > c.major)
        return false;
      return !(v.major === c.major && v.minor > c.minor && !c.minorDirty);
    case "~":
    case "~>":
      return tilde(v, c);
    case "^":
      if (compare3(v, c) < 0)
        return false;
      if (c.major > 0 || c.minorDirty)
        return v.major === c.major;
      return v.major === 0 && v.minor === c.minor;
  }
}
function tilde(v, c) {
  if (compare3(v, c) < 0)
    return false;
  if (c.major === 0 && c.minor === 0 && c.patch === 0 && !c.minorDirty && !c.patchDirty)
    return true;
  if (v.major !== c.major)
    return false;
  return c.minorDirty || v.minor === c.minor;
}
function allowsMinor(constraint, version) {
  const patches = /* @__PURE__ */ new Set([0, Number.MAX_SAFE_INTEGER]);
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

// lib/rules/cluster-admin-binding.js
var RBAC = ["rbac.authorization.k8s.io"];
var clusterAdminBindingRule = {
  meta: {
    id: "cluster-admin-binding",
    description: "A ClusterRoleBinding or RoleBinding gives the cluster-admin ClusterRole to a ServiceAccount.",
    category: "security",
    defaultSeverity: "warning"
  },
  check(resource, _context, report) {
    const clusterWide = isKind(resource, "ClusterRoleBinding", RBAC);
    if (!clusterWide && !isKind(resource, "RoleBinding", RBAC))
      return;
    const roleRef = resource.object.roleRef;
    if (!isRecord(roleRef) || roleRef.kind !== "ClusterRole" || roleRef.name !== "cluster-admin")
      return;
    const accounts = [];
    for (const subject of asList(resource.object.subjects)) {
      if (!isRecord(subject) || typeof subject.name !== "string")
        continue;
      if (subject.kind === "ServiceAccount") {
        const namespace = typeof subject.namespace === "string" ? subject.namespace : resource.ref.namespace;
        accounts.push(`ServiceAccount ${namespace ? `${namespace}/` : ""}${subject.name}`);
      } else if (subject.kind === "Group" && (subject.name === "system:serviceaccounts" || subject.name.startsWith("system:serviceaccounts:"))) {
        accounts.push(`every ServiceAccount of group ${subject.name}`);
      }
    }
    if (accounts.length === 0)
      return;
    const scope = clusterWide ? "full control of the whole cluster" : `full control of namespace '${resource.ref.namespace ?? "(its namespace)"}', its Roles and Secrets included`;
    report({
      message: `${resource.ref.kind} '${resource.ref.name}' gives cluster-admin (${scope}) to ${joinPhrases(accounts)}: any pod that runs as it, or anyone who gets its token, has that control too. Bind a Role or ClusterRole that grants only the verbs and resources the workload needs.`,
      path: ["roleRef", "name"],
      key: "cluster-admin"
    });
  }
};

// lib/rules/container-security-context.js
var DANGEROUS_CAPABILITIES = /* @__PURE__ */ new Set(["ALL", "SYS_ADMIN", "CAP_SYS_ADMIN"]);
var containerSecurityContextRule = {
  meta: {
    id: "container-security-context",
    description: "A container may run as root, allows privilege escalation, is privileged or keeps all Linux capabilities.",
    category: "security",
    defaultSeverity: "warning"
  },
  check(resource, _context, report) {
    const pod = podSpecOf(resource);
    if (!pod)
      return;
    if (isRecord(pod.spec.os) && pod.spec.os.name === "windows")
      return;
    const podContext = isRecord(pod.spec.securityContext) ? pod.spec.securityContext : {};
    for (const ref of containersOf(pod)) {
      const problems = containerProblems(ref, podContext);
      if (problems.length === 0)
        continue;
      const settings = problems.map((p) => p.setting);
      report({
        message: `${capitalize(describeContainer(ref))} ${joinPhrases(problems.map((p) => p.problem))}. Set in its securityContext: ${settings.join(", ")}.`,
        path: ref.path,
        key: `${ref.kind}:${ref.name}`
      });
    }
  }
};
function containerProblems(ref, podContext) {
  const context = isRecord(ref.container.securityContext) ? ref.container.securityContext : {};
  const problems = [];
  const runAsUser = context.runAsUser ?? podContext.runAsUser;
  const runAsNonRoot = context.runAsNonRoot ?? podContext.runAsNonRoot;
  if (runAsUser === 0) {
    problems.push({ problem: "runs as root (runAsUser: 0)", setting: "runAsUser: <a non-zero UID>" });
  } else if (runAsNonRoot !== true && runAsUser === void 0) {
    problems.push({
      problem: "may run as root (neither runAsNonRoot nor runAsUser is set, here or for the pod)",
      setting: "runAsNonRoot: true"
    });
  }
  if (context.privileged === true) {
    problems.push({ problem: "is privileged", setting: "privileged: false" });
  }
  if (context.allowPrivilegeEscalation !== false) {
    problems.push({
      problem: "allows privilege escalation",
      setting: "allowPrivilegeEscalation: false"
    });
  }
  const capabilities = isRecord(context.capabilities) ? context.capabilities : {};
  const dropped = asList(capabilities.drop);
  if (!dropped.includes("ALL")) {
    problems.push({
      problem: "keeps the default Linux capabilities",
      setting: "capabilities: {drop: [ALL]}"
    });
  }
  const added = asList(capabilities.add).filter((cap) => typeof cap === "string" && DANGEROUS_CAPABILITIES.has(cap.toUpperCase()));
  if (added.length > 0) {
    problems.push({
      problem: `adds ${added.join(" and ")} to its capabilities`,
      setting: `no ${added.join(" or ")} in capabilities.add`
    });
  }
  return problems;
}

// lib/crd/crd-index.js
var CRD_KINDS = ["CustomResourceDefinition"];
var EMPTY_INDEX = { byGroupKind: /* @__PURE__ */ new Map(), byName: /* @__PURE__ */ new Map() };
var indexes2 = /* @__PURE__ */ new WeakMap();
function crdIndexOf(resources) {
  let index = indexes2.get(resources);
  if (!index) {
    const byGroupKind = /* @__PURE__ */ new Map();
    const byName = /* @__PURE__ */ new Map();
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
    indexes2.set(resources, index);
  }
  return index;
}
function groupKind(group, kind) {
  return `${group}/${kind}`;
}
var BUILT_IN_GROUPS = /* @__PURE__ */ new Set([
  "",
  "apps",
  "batch",
  "autoscaling",
  "policy",
  "extensions",
  "admissionregistration.k8s.io",
  "apiextensions.k8s.io",
  "apiregistration.k8s.io",
  "authentication.k8s.io",
  "authorization.k8s.io",
  "certificates.k8s.io",
  "coordination.k8s.io",
  "discovery.k8s.io",
  "events.k8s.io",
  "flowcontrol.apiserver.k8s.io",
  "imagepolicy.k8s.io",
  "internal.apiserver.k8s.io",
  "metrics.k8s.io",
  "networking.k8s.io",
  "node.k8s.io",
  "rbac.authorization.k8s.io",
  "resource.k8s.io",
  "scheduling.k8s.io",
  "settings.k8s.io",
  "storage.k8s.io",
  "storagemigration.k8s.io",
  ...API_LIFECYCLE.map((entry) => entry.group)
]);
function mayBeCustomResource(apiVersion) {
  return !BUILT_IN_GROUPS.has(apiGroup(apiVersion));
}
async function findCrdFor(resource, repo) {
  const { apiVersion, kind } = resource.ref;
  if (!mayBeCustomResource(apiVersion) || isCrdObject(resource.object))
    return void 0;
  const index = crdIndexOf(await repo.resourcesOfKind(CRD_KINDS));
  return index.byGroupKind.get(groupKind(apiGroup(apiVersion), kind));
}

// lib/crd/check-resource.js
var MAX_SCHEMA_FINDINGS = 10;
var ERROR_LIMIT = 50;
function describeCrdVersion(crd, version) {
  return `${crd.name} ${version}`;
}
function where(found) {
  return `${found.resource.file}:${found.resource.line}`;
}
function customResourceProblems(resource, found) {
  const { crd } = found;
  const versionName = apiVersionOnly(resource.ref.apiVersion);
  const version = findVersion(crd, versionName);
  if (!version || !version.served) {
    const served = servedVersionNames(crd);
    const reason = version ? "is not served by" : "is not a version of";
    const fix = versionFix(resource, crd);
    return [
      {
        message: `${resource.ref.apiVersion} ${reason} CRD ${crd.name} (${where(found)}): the API server answers "no matches for kind ${resource.ref.kind}". Served: ${served.length > 0 ? served.map((name) => `${crd.group}/${name}`).join(", ") : "none"}.`,
        path: ["apiVersion"],
        key: "version",
        ...fix ? { fix } : {}
      }
    ];
  }
  const errors = validateCustomResource(resource.object, version, { maxErrors: ERROR_LIMIT });
  const problems = errors.slice(0, MAX_SCHEMA_FINDINGS).map((error) => schemaProblem(error, crd, version));
  if (errors.length > MAX_SCHEMA_FINDINGS) {
    const more = errors.length - MAX_SCHEMA_FINDINGS;
    problems.push({
      message: `${more}${errors.length >= ERROR_LIMIT ? " or more" : ""} more schema error${more === 1 ? "" : "s"} against ${describeCrdVersion(crd, version.name)}`,
      path: [],
      key: "more-errors"
    });
  }
  return problems;
}
function schemaProblem(error, crd, version) {
  return {
    message: `${error.field}: ${error.message} [${error.constraint}; CRD ${describeCrdVersion(crd, version.name)}]`,
    path: error.path,
    key: `${error.field}|${error.constraint}`
  };
}
function versionFix(resource, crd) {
  const target = preferredVersion(crd);
  if (!target || target.name === apiVersionOnly(resource.ref.apiVersion))
    return void 0;
  if (resource.listItem === true || resource.file.toLowerCase().endsWith(".json"))
    return void 0;
  if (validateCustomResource(resource.object, target, { maxErrors: 1 }).length > 0)
    return void 0;
  const apiVersion = `${apiGroup(resource.ref.apiVersion)}/${target.name}`;
  return {
    line: resource.lineOf(["apiVersion"]),
    replacement: `apiVersion: ${apiVersion}`,
    description: `Change apiVersion to ${apiVersion}`
  };
}
function crdDeprecation(resource, found) {
  const { crd } = found;
  const version = findVersion(crd, apiVersionOnly(resource.ref.apiVersion));
  if (!version?.deprecated || !version.served)
    return void 0;
  const target = preferredVersion(crd);
  const warning = version.deprecationWarning ? `"${version.deprecationWarning}"` : `${resource.ref.apiVersion} ${resource.ref.kind} is deprecated`;
  const replacement = target && target.name !== version.name ? ` Use ${crd.group}/${target.name}${target.storage ? " (the storage version)" : ""}.` : "";
  const fix = versionFix(resource, crd);
  return {
    message: `${warning} (CRD ${crd.name}, ${where(found)}): every request at this version returns a warning, and a later release may remove it.${replacement}`,
    path: ["apiVersion"],
    key: "crd-deprecated",
    ...fix ? { fix } : {}
  };
}
async function checkCrdDeprecation(resource, repo, report) {
  const found = await findCrdFor(resource, repo);
  const problem = found ? crdDeprecation(resource, found) : void 0;
  if (problem)
    report({ ...problem, severity: "notice" });
}

// lib/rules/crd-invalid-resource.js
var crdInvalidResourceRule = {
  meta: {
    id: "crd-invalid-resource",
    description: "A custom resource does not match the CRD in the repo: its apiVersion is not served, or a field breaks the schema.",
    category: "crd",
    defaultSeverity: "error",
    lookupKinds: CRD_KINDS
  },
  async check(resource, context, report) {
    const found = await findCrdFor(resource, context.repo);
    if (!found)
      return;
    const problems = customResourceProblems(resource, found);
    for (const problem of problems)
      report(problem);
    const reported = new Set(problems.map((problem) => sameError(problem.path, problem.key.split("|").pop() ?? "")));
    await checkApplicationTemplate(resource, context.repo, (finding) => {
      if (!reported.has(sameError(finding.path ?? [], finding.key?.split("|").pop() ?? "")))
        report(finding);
    });
  }
};
async function checkApplicationTemplate(resource, repo, report) {
  const { apiVersion, kind } = resource.ref;
  if (kind !== "ApplicationSet" || apiGroup(apiVersion) !== "argoproj.io")
    return;
  const spec = resource.object.spec;
  if (!isRecord(spec) || !isRecord(spec.template) || spec.templatePatch !== void 0)
    return;
  const application2 = crdIndexOf(await repo.resourcesOfKind(CRD_KINDS)).byGroupKind.get(groupKind("argoproj.io", "Application"));
  const version = application2 && findVersion(application2.crd, apiVersionOnly(apiVersion));
  if (!application2 || !version?.served)
    return;
  const template = spec.template;
  const generated = {
    apiVersion,
    kind: "Application",
    metadata: isRecord(template.metadata) ? template.metadata : {},
    ...template.spec !== void 0 ? { spec: template.spec } : {}
  };
  for (const error of validateCustomResource(generated, version, { maxErrors: MAX_SCHEMA_FINDINGS })) {
    const problem = schemaProblem(error, application2.crd, version);
    report({
      ...problem,
      message: `spec.template (the Application it generates): ${problem.message}`,
      path: ["spec", "template", ...error.path],
      key: `template|${problem.key}`
    });
  }
}
function sameError(path, constraint) {
  return `${JSON.stringify(path)}|${constraint}`;
}

// lib/rules/crd-upgrade.js
var crdBreakingChangeMeta = {
  id: "crd-breaking-change",
  description: "A CRD change breaks stored data, clients or custom resources: a CRD, version or field removed, a type changed, a field newly required, an enum narrowed.",
  category: "crd",
  defaultSeverity: "error"
};
var crdRiskyChangeMeta = {
  id: "crd-risky-change",
  description: "A CRD change may fail some custom resources (tightened validation, CEL rules, defaults, storage version), or a controller is upgraded without its CRDs.",
  category: "crd",
  defaultSeverity: "warning"
};
var crdChangeMeta = {
  id: "crd-change",
  description: "A CRD changes only in safe ways (fields, versions or CRDs added, validation relaxed, descriptions), or does not differ at all.",
  category: "crd",
  defaultSeverity: "notice"
};
var RULE_OF_CLASS = {
  breaking: crdBreakingChangeMeta.id,
  risky: crdRiskyChangeMeta.id,
  safe: crdChangeMeta.id
};
var crdUpgradeAnalyzer = {
  metas: [crdBreakingChangeMeta, crdRiskyChangeMeta, crdChangeMeta],
  async analyze(input, report) {
    if (input.mode !== "review")
      return;
    const changedTools = /* @__PURE__ */ new Set();
    const bumps = imageBumps(input.changes);
    const base = crdsByName(input.baseResources);
    const head = crdsByName(input.headResources);
    const names = [.../* @__PURE__ */ new Set([...base.keys(), ...head.keys()])].sort();
    for (const name of names) {
      const oldResource = base.get(name);
      let newResource = head.get(name);
      if (!newResource)
        newResource = crdIndexOf(await input.repo.resourcesOfKind(CRD_KINDS)).byName.get(name)?.resource;
      if (oldResource && newResource && deepEqual(oldResource.object, newResource.object))
        continue;
      const comparison = compareCrds(oldResource ? toCrd(oldResource.object) : void 0, newResource ? toCrd(newResource.object) : void 0);
      const crd = comparison.new ?? comparison.old;
      if (!crd)
        continue;
      const tool = knownToolForGroup(crd.group);
      if (tool)
        changedTools.add(tool.id);
      const bump = tool ? bumps.find((candidate) => candidate.tool === tool) : void 0;
      const sides = remoteRefs(oldResource, newResource) ?? (bump ? `${tool.name} ${bump.from} and ${bump.to} (image tags)` : await chartVersions(input, (newResource ?? oldResource).file) ?? between(oldResource, newResource));
      await reportCrdChange(input, comparison, oldResource, newResource, tool, sides, report);
    }
    await reportControllerSkew(input, bumps, changedTools, report);
    reportUnchangedCrds(input, report);
  }
};
function reportUnchangedCrds(input, report) {
  for (const bump of input.chartBumps ?? []) {
    if (bump.changedCrds > 0 || bump.unchangedCrds.length === 0)
      continue;
    const count = bump.unchangedCrds.length;
    report({
      ruleId: crdChangeMeta.id,
      message: `No CRD difference between ${bump.chart} ${bump.from} and ${bump.to} (${bump.target}): its ${count} CRD${count === 1 ? "" : "s"} (${bump.unchangedCrds.join(", ")}) render the same at both versions. Upgrading in place leaves every custom resource of every instance in the cluster as it is.`,
      file: bump.file,
      line: bump.line,
      key: `no-crd-difference/${bump.target}/${bump.from}/${bump.to}`
    });
  }
}
function crdsByName(resources) {
  const byName = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    if (!isCrdObject(resource.object))
      continue;
    const name = resource.object.metadata?.name;
    if (typeof name === "string" && !byName.has(name))
      byName.set(name, resource);
  }
  return byName;
}
async function reportCrdChange(input, comparison, oldResource, newResource, tool, sides, report) {
  const crd = comparison.new ?? comparison.old;
  const repoResources = crd ? await input.repo.resourcesOfKind([crd.kind]) : [];
  const assessment = assessCrdChange(comparison, repoResources);
  const at = newResource ?? oldResource;
  const note = tool?.id === "aws-load-balancer-controller" ? void 0 : await helmCrdsNote(input, at.file);
  if (note && comparison.changes.length > 0)
    assessment.advice.push(note);
  const worst = assessment.worst ?? "safe";
  const message = upgradeMessage(comparison, assessment, sides);
  const first = comparison.changes.find((change) => change.newPath);
  const line = newResource ? first?.newPath ? newResource.lineOf(first.newPath) : newResource.line : oldResource.line;
  report({
    ruleId: RULE_OF_CLASS[worst],
    message,
    file: at.file,
    line,
    resource: at.ref,
    key: `crd/${comparison.crd}`
  });
  const checked = checkedByRules(input);
  const where2 = `${at.file}:${at.line}`;
  for (const hit of assessment.affected) {
    const ruleId = RULE_OF_CLASS[hit.class];
    if (!hit.ownFinding || checked(hit.resource))
      continue;
    report({
      ruleId,
      message: affectedMessage(hit, comparison.crd, where2),
      file: hit.resource.file,
      line: hit.resource.lineOf(hit.path),
      resource: hit.resource.ref,
      subject: hit.resource,
      key: `affected/${comparison.crd}/${hit.resource.key}`
    });
  }
}
function checkedByRules(input) {
  const scope = input.options.scope;
  if (scope === "all")
    return () => true;
  if (scope === "files") {
    const files = new Set(input.headResources);
    return (resource) => files.has(resource);
  }
  const changed = new Set(input.changes.filter((change) => change.type === "added" || change.type === "modified").map((change) => change.head).filter((resource) => resource !== void 0));
  return (resource) => changed.has(resource);
}
var VERSION_LABELS = ["app.kubernetes.io/version", "helm.sh/chart"];
function remoteRefs(oldResource, newResource) {
  const before = remoteOf(oldResource);
  const after = remoteOf(newResource);
  if (!before || !after || before.ref === after.ref)
    return void 0;
  const ref = (value) => value ?? "the default branch";
  const where2 = before.location === after.location ? `kustomize remote resource ${after.location}` : `kustomize remote resources ${before.location} and ${after.location}`;
  return `${ref(before.ref)} and ${ref(after.ref)} (${where2})`;
}
function remoteOf(resource) {
  return resource?.remote;
}
function between(oldResource, newResource) {
  if (oldResource && newResource) {
    for (const label of VERSION_LABELS) {
      const before = oldResource.object.metadata?.labels?.[label];
      const after = newResource.object.metadata?.labels?.[label];
      if (typeof before === "string" && typeof after === "string" && before !== after)
        return `${before} and ${after}`;
    }
    if (oldResource.file !== newResource.file)
      return `${oldResource.file} (base) and ${newResource.file} (head)`;
  }
  return "base and head";
}
async function chartVersions(input, file) {
  const match = /^(.*\/)?(?:crds|templates)\//.exec(file);
  if (!match)
    return void 0;
  const chartFile = `${match[1] ?? ""}Chart.yaml`;
  const read = async (side) => {
    const text = await input.readFile(side, chartFile);
    return text === void 0 ? void 0 : parseChart(chartFile, text);
  };
  const [before, after] = await Promise.all([read("base"), read("head")]);
  if (!before || !after || before.version === "" || before.version === after.version)
    return void 0;
  const app = (chart) => chart.appVersion ? ` (app ${chart.appVersion})` : "";
  return `chart ${after.name} ${before.version}${app(before)} and ${after.version}${app(after)}`;
}
async function helmCrdsNote(input, file) {
  const match = /^(.*\/)?crds\//.exec(file);
  if (!match)
    return void 0;
  const chartDir = match[1] ?? "";
  if (await input.readFile("head", `${chartDir}Chart.yaml`) === void 0)
    return void 0;
  return `${file} is in the crds/ directory of the Helm chart ${chartDir || "."}: helm install creates these CRDs but helm upgrade never changes them (apply them yourself); Argo CD applies them on sync, Flux only with upgrade.crds: CreateReplace.`;
}
function containerImages(resource) {
  const images = /* @__PURE__ */ new Map();
  const pod = podSpecOf(resource);
  if (!pod)
    return images;
  for (const ref of containersOf(pod, ["initContainer", "container"])) {
    const image = ref.container.image;
    if (typeof image === "string")
      images.set(`${ref.kind}/${ref.name}`, { image, path: [...ref.path, "image"] });
  }
  return images;
}
function imageBumps(changes) {
  const bumps = [];
  for (const change of changes) {
    if (change.type !== "modified" || !change.base || !change.head)
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
        to: newImage.tag
      });
    }
  }
  return bumps;
}
async function reportControllerSkew(input, bumps, changedTools, report) {
  const byTool = /* @__PURE__ */ new Map();
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
    const patchOnly = from !== void 0 && to !== void 0 && from.major === to.major && from.minor === to.minor;
    const workloads = new Set(list.map((bump) => bump.resource.key)).size;
    const index = crdIndexOf(await input.repo.resourcesOfKind(CRD_KINDS));
    const inRepo = [...index.byName.values()].filter((entry) => tool.groups.includes(entry.crd.group));
    const repoNote = inRepo.length > 0 ? ` The ${tool.name} CRDs in this repo (${[...new Set(inRepo.map((entry) => entry.resource.file))].join(", ")}) are unchanged.` : "";
    const message = patchOnly ? `${tool.name} moves from ${first.from} to ${first.to} (${workloads} workload${workloads === 1 ? "" : "s"}) with no CRD change: patch releases usually keep their CRDs, but check (kube-pr-review crd-diff) and upgrade them with the controller if they differ: ${tool.upgradeCommand(first.to)}.${repoNote}` : `${tool.name} moves from ${first.from} to ${first.to} (${workloads} workload${workloads === 1 ? "" : "s"}) but its CRDs do not change here: the new controller would run against the old CRDs, and the API server drops the fields they do not know (controller/CRD skew). Upgrade the CRDs with the controller: ${tool.upgradeCommand(first.to)}.${repoNote}`;
    report({
      ruleId: patchOnly ? crdChangeMeta.id : crdRiskyChangeMeta.id,
      message,
      file: first.resource.file,
      line: first.resource.lineOf(first.path),
      resource: first.resource.ref,
      key: `skew/${tool.id}`
    });
  }
}

// lib/rules/removed-api.js
var removedApiRule = {
  meta: {
    id: "removed-api",
    description: "The apiVersion and kind are not served by the target Kubernetes version: removed, or not yet available.",
    category: "deprecation",
    defaultSeverity: "error"
  },
  check(resource, context, report) {
    const entry = findLifecycle(resource.ref.apiVersion, resource.ref.kind);
    if (!entry?.removedIn || !isRemovedAt(entry, context.kubernetesVersion)) {
      reportNotServedYet(resource, context, report);
      return;
    }
    const advice = migrationAdvice(resource, entry, context);
    report({
      message: `${describeApi(entry)} is no longer served as of Kubernetes ${entry.removedIn} (target ${formatVersion(context.kubernetesVersion)}). ${advice.text}`,
      path: ["apiVersion"],
      key: "removed",
      ...advice.fix ? { fix: advice.fix } : {}
    });
  }
};
function reportNotServedYet(resource, context, report) {
  const { apiVersion, kind } = resource.ref;
  const introduction = findIntroduction(apiVersion, kind);
  if (!introduction || atLeast(context.kubernetesVersion, tableVersion(introduction.availableIn)))
    return;
  const target = formatVersion(context.kubernetesVersion);
  const served = introduction.replaces.filter((older) => !isRemovedAt(older, context.kubernetesVersion)).map((older) => entryApiVersion(older));
  const instead = served.length > 0 ? `Until the cluster is upgraded, ${target} serves ${kind} as ${[...new Set(served)].join(" or ")}.` : `Upgrade the cluster first.`;
  report({
    message: `${apiVersion} ${kind} is not served yet by Kubernetes ${target}: it is available from ${introduction.availableIn}. ${instead}`,
    path: ["apiVersion"],
    key: "not-served-yet"
  });
}
function describeApi(entry) {
  return `${entryApiVersion(entry)} ${entry.kind}`;
}
function removalPhrase(removedIn) {
  return `removed in ${removedIn}${isUnreleased(removedIn) ? " (planned)" : ""}`;
}
function laterVersion(a, b) {
  return compareVersions(a, b) >= 0 ? a : b;
}
function migrationAdvice(resource, entry, context) {
  const current = context.kubernetesVersion;
  const later = laterVersion(current, context.upgradeVersion);
  const kind = resource.ref.kind;
  const durable = entry.replacement;
  if (!durable)
    return { text: `No replacement: ${entry.noReplacement ?? "none is defined"}.` };
  const durableLifecycle = findLifecycle(durable.apiVersion, kind);
  if (durableLifecycle && isRemovedAt(durableLifecycle, later)) {
    const next = migrationAdvice(resource, durableLifecycle, context);
    const removal = removalPhrase(durableLifecycle.removedIn ?? "");
    return { text: `Its replacement ${durable.apiVersion} is itself ${removal}. ${next.text}` };
  }
  const sentences = [];
  let target = durable;
  let migration = entry.migration;
  let notes = entry.notes ?? [];
  let targetServed = true;
  if (isServed(durable, kind, current)) {
    sentences.push(`Use ${durable.apiVersion} (available since ${durable.availableIn}).`);
  } else {
    const interim = entry.interim?.find((step) => isServed(step, kind, current));
    if (interim) {
      sentences.push(`Use ${durable.apiVersion} once the cluster runs ${durable.availableIn} or later; ${formatVersion(current)} does not serve it, so use ${interim.apiVersion} (available since ${interim.availableIn}) until then.`);
      target = interim;
      migration = interim.migration;
      notes = [];
    } else {
      sentences.push(`Use ${durable.apiVersion} (available from ${durable.availableIn}, not served by ${formatVersion(current)}).`);
      targetServed = false;
    }
  }
  const targetLifecycle = findLifecycle(target.apiVersion, kind);
  const targetRemoved = targetLifecycle !== void 0 && isRemovedAt(targetLifecycle, later);
  if (targetLifecycle?.removedIn && targetRemoved) {
    sentences.push(`${target.apiVersion} is itself ${removalPhrase(targetLifecycle.removedIn)}.`);
  } else if (targetLifecycle?.deprecatedIn && isDeprecatedAt(targetLifecycle, later)) {
    const removal = targetLifecycle.removedIn ? `, ${removalPhrase(targetLifecycle.removedIn)}` : "";
    sentences.push(`${target.apiVersion} is itself deprecated since ${targetLifecycle.deprecatedIn}${removal}.`);
  }
  if (migration.length > 0)
    sentences.push(`Changes needed: ${migration.join("; ")}.`);
  if (notes.length > 0)
    sentences.push(`Behaviour changes: ${notes.join("; ")}.`);
  const text = sentences.join(" ");
  const apiVersionOnly2 = targetServed && !targetRemoved && migration.length === 0;
  if (!apiVersionOnly2 || !canRewriteApiVersionLine(resource))
    return { text };
  return {
    text,
    fix: {
      line: resource.lineOf(["apiVersion"]),
      replacement: `apiVersion: ${target.apiVersion}`,
      description: `Change apiVersion to ${target.apiVersion}`
    }
  };
}
function isServed(replacement, kind, version) {
  if (!atLeast(version, tableVersion(replacement.availableIn)))
    return false;
  const lifecycle = findLifecycle(replacement.apiVersion, kind);
  return lifecycle === void 0 || !isRemovedAt(lifecycle, version);
}
function canRewriteApiVersionLine(resource) {
  return resource.listItem !== true && !resource.file.toLowerCase().endsWith(".json");
}

// lib/rules/deprecated-api.js
var deprecatedApiRule = {
  meta: {
    id: "deprecated-api",
    description: "The apiVersion and kind are still served but deprecated, or removed by the Kubernetes version you upgrade to.",
    category: "deprecation",
    defaultSeverity: "warning",
    lookupKinds: CRD_KINDS
  },
  check(resource, context, report) {
    const entry = findLifecycle(resource.ref.apiVersion, resource.ref.kind);
    if (!entry && mayBeCustomResource(resource.ref.apiVersion))
      return checkCrdDeprecation(resource, context.repo, report);
    if (!entry || isRemovedAt(entry, context.kubernetesVersion))
      return;
    const introduction = findIntroduction(resource.ref.apiVersion, resource.ref.kind);
    if (introduction && !atLeast(context.kubernetesVersion, tableVersion(introduction.availableIn)))
      return;
    const upgrade = laterVersion(context.kubernetesVersion, context.upgradeVersion);
    if (entry.removedIn && isRemovedAt(entry, upgrade)) {
      const advice = migrationAdvice(resource, entry, context);
      report({
        message: `${describeApi(entry)} is ${removalPhrase(entry.removedIn)}: migrate before upgrading to ${formatVersion(upgrade)}. ${advice.text}`,
        severity: "warning",
        path: ["apiVersion"],
        key: "deprecated",
        ...advice.fix ? { fix: advice.fix } : {}
      });
    } else if (entry.deprecatedIn && isDeprecatedAt(entry, upgrade)) {
      const advice = migrationAdvice(resource, entry, context);
      const removal = entry.removedIn ? ` and will be ${removalPhrase(entry.removedIn)}` : "";
      report({
        message: `${describeApi(entry)} is deprecated since ${entry.deprecatedIn}${removal}. ${advice.text}`,
        severity: "notice",
        path: ["apiVersion"],
        key: "deprecated",
        ...advice.fix ? { fix: advice.fix } : {}
      });
    }
  }
};

// lib/rules/emptydir-data.js
var SCRATCH_WORDS = /* @__PURE__ */ new Set([
  "tmp",
  "temp",
  "tmpfs",
  "cache",
  "caches",
  "scratch",
  "run",
  "shm",
  "sock",
  "socket",
  "sockets",
  "log",
  "logs",
  "spool",
  "lock",
  "locks",
  "pid"
]);
var DATA_WORDS = /* @__PURE__ */ new Set([
  "data",
  "db",
  "database",
  "databases",
  "storage",
  "persistence",
  "persistent",
  "pgdata",
  "postgres",
  "postgresql",
  "mysql",
  "mariadb",
  "mongo",
  "mongodb",
  "redis",
  "elasticsearch",
  "opensearch",
  "kafka",
  "zookeeper",
  "etcd",
  "minio",
  "prometheus",
  "loki",
  "influxdb",
  "rabbitmq",
  "cassandra",
  "clickhouse",
  "sqlite",
  "wal",
  "uploads"
]);
var DATA_DIRECTORIES = /^\/(var\/lib|srv|bitnami)(\/|$)/;
var emptydirDataRule = {
  meta: {
    id: "emptydir-data",
    description: "A long-running workload keeps what looks like data in an emptyDir volume, lost when the pod moves.",
    category: "upgradability",
    defaultSeverity: "notice"
  },
  check(resource, _context, report) {
    const pod = podSpecOf(resource);
    if (!pod || !isLongRunning(resource, pod))
      return;
    const containers = containersOf(pod, ["initContainer", "container"]);
    asList(pod.spec.volumes).forEach((volume, index) => {
      if (!isRecord(volume) || typeof volume.name !== "string")
        return;
      const emptyDir = volume.emptyDir;
      if (emptyDir === void 0)
        return;
      if (isRecord(emptyDir) && emptyDir.medium === "Memory")
        return;
      const mounts = [];
      for (const ref of containers) {
        for (const mount of asList(ref.container.volumeMounts)) {
          if (isRecord(mount) && mount.name === volume.name && typeof mount.mountPath === "string") {
            mounts.push({ path: mount.mountPath, container: describeContainer(ref) });
          }
        }
      }
      if (!looksLikeData(volume.name, mounts.map((mount) => mount.path)))
        return;
      const where2 = mounts.length > 0 ? ` (mounted at ${mounts.map((mount) => `${mount.path} in ${mount.container}`).join(", ")})` : "";
      report({
        message: `emptyDir volume '${volume.name}' of ${kindAndName(resource)}${where2} looks like it holds data, but an emptyDir is deleted with its pod: a node drain during an upgrade, an eviction or a reschedule loses it. Keep data in a PersistentVolumeClaim (volumeClaimTemplates in a StatefulSet); if it is only scratch space, suppress this finding.`,
        path: [...pod.path, "volumes", index],
        key: `emptydir:${volume.name}`
      });
    });
  }
};
function looksLikeData(name, mountPaths) {
  const words = [name, ...mountPaths].flatMap((text) => text.toLowerCase().split(/[^a-z0-9]+/));
  if (words.some((word) => SCRATCH_WORDS.has(word)))
    return false;
  return words.some((word) => DATA_WORDS.has(word)) || mountPaths.some((path) => DATA_DIRECTORIES.test(path));
}

// lib/rules/missing-probes.js
var missingProbesRule = {
  meta: {
    id: "missing-probes",
    description: "A container of a long-running workload has no readiness or no liveness probe.",
    category: "availability",
    defaultSeverity: "notice"
  },
  check(resource, _context, report) {
    const pod = podSpecOf(resource);
    if (!pod || !isLongRunning(resource, pod))
      return;
    for (const ref of containersOf(pod, ["container"])) {
      const readiness = ref.container.readinessProbe !== void 0 && ref.container.readinessProbe !== null;
      const liveness = ref.container.livenessProbe !== void 0 && ref.container.livenessProbe !== null;
      if (readiness && liveness)
        continue;
      const consequences = [];
      if (!readiness)
        consequences.push("it gets traffic and counts as available before it is ready");
      if (!liveness)
        consequences.push("a hung process is never restarted");
      const missing = !readiness && !liveness ? "no readiness and no liveness probe" : `no ${readiness ? "liveness" : "readiness"} probe`;
      const add = [!readiness ? "readinessProbe" : "", !liveness ? "livenessProbe" : ""].filter(Boolean);
      report({
        message: `${capitalize(describeContainer(ref))} has ${missing}: ${consequences.join(", and ")}. Add ${add.join(" and ")} (for example httpGet on a health endpoint, or tcpSocket on its port).`,
        path: ref.path,
        key: `probes:${ref.name}`
      });
    }
  }
};

// lib/rules/missing-resources.js
var missingResourcesRule = {
  meta: {
    id: "missing-resources",
    description: "A container has no CPU or memory request, or no memory limit.",
    category: "resources",
    defaultSeverity: "notice",
    lookupKinds: LIMIT_RANGE_KINDS
  },
  async check(resource, context, report) {
    const pod = podSpecOf(resource);
    if (!pod)
      return;
    const podLevel = settingsOf(pod.spec.resources);
    const lacking = containersOf(pod, ["initContainer", "container"]).map((ref) => ({ ref, settings: merge(settingsOf(ref.container.resources), podLevel) })).filter(({ settings }) => !complete(settings));
    if (lacking.length === 0)
      return;
    const defaults = headIndex(await context.repo.resourcesOfKind(LIMIT_RANGE_KINDS)).defaultsIn(resource.ref.namespace);
    for (const { ref, settings } of lacking) {
      const effective = merge(settings, defaults);
      if (complete(effective))
        continue;
      const missing = [];
      const set = [];
      if (!effective.cpuRequest) {
        missing.push("no CPU request");
        set.push("requests.cpu");
      }
      if (!effective.memoryRequest) {
        missing.push("no memory request");
        set.push("requests.memory");
      }
      if (!effective.memoryLimit) {
        missing.push("no memory limit");
        set.push("limits.memory");
      }
      const why = [];
      if (!effective.cpuRequest || !effective.memoryRequest)
        why.push("the scheduler places it as if it needed nothing, so nodes get overcommitted");
      if (!effective.memoryLimit)
        why.push("a leak can use up the node's memory and get other pods evicted");
      report({
        message: `${capitalize(describeContainer(ref))} has ${joinPhrases(missing)}: ${why.join(", and ")}. Set ${joinPhrases(set.map((field) => `resources.${field}`))} (for example requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}).`,
        path: [...ref.path, "resources"],
        key: `resources:${ref.kind}:${ref.name}`
      });
    }
  }
};
function settingsOf(resources) {
  const requests = isRecord(resources) && isRecord(resources.requests) ? resources.requests : {};
  const limits = isRecord(resources) && isRecord(resources.limits) ? resources.limits : {};
  return {
    cpuRequest: present(requests.cpu) || present(limits.cpu),
    memoryRequest: present(requests.memory) || present(limits.memory),
    memoryLimit: present(limits.memory)
  };
}
function present(value) {
  return value !== void 0 && value !== null && value !== "";
}
function merge(a, b) {
  return {
    cpuRequest: a.cpuRequest || b.cpuRequest,
    memoryRequest: a.memoryRequest || b.memoryRequest,
    memoryLimit: a.memoryLimit || b.memoryLimit
  };
}
function complete(settings) {
  return settings.cpuRequest && settings.memoryRequest && settings.memoryLimit;
}

// lib/rules/pdb-blocks-drain.js
var PDB_LOOKUP_KINDS = [...WORKLOAD_KINDS, ...SCALER_KINDS];
var DRAIN_HANGS = "kubectl drain, node upgrades and cluster-autoscaler scale-down wait on it until they time out";
var pdbBlocksDrainRule = {
  meta: {
    id: "pdb-blocks-drain",
    description: "A PodDisruptionBudget allows no disruption (maxUnavailable 0, or minAvailable all the pods).",
    category: "availability",
    defaultSeverity: "warning",
    lookupKinds: PDB_LOOKUP_KINDS
  },
  async check(resource, context, report) {
    if (!isKind(resource, "PodDisruptionBudget", ["policy"]))
      return;
    const spec = resource.object.spec;
    if (!isRecord(spec))
      return;
    const name = `PodDisruptionBudget '${resource.ref.name}'`;
    if (spec.maxUnavailable !== void 0 && spec.maxUnavailable !== null) {
      if (amount(spec.maxUnavailable)?.value !== 0)
        return;
      report({
        message: `${name} allows no voluntary disruption (maxUnavailable: ${String(spec.maxUnavailable)}): ${DRAIN_HANGS}. Set maxUnavailable: 1, or a minAvailable below the number of pods.`,
        path: ["spec", "maxUnavailable"],
        key: "max-unavailable"
      });
      return;
    }
    const minAvailable = amount(spec.minAvailable);
    if (!minAvailable)
      return;
    if (minAvailable.percent && minAvailable.value >= 100) {
      report({
        message: `${name} keeps every pod available (minAvailable: ${String(spec.minAvailable)}): ${DRAIN_HANGS}. Set minAvailable below 100% (with 2 or more replicas), or maxUnavailable: 1.`,
        path: ["spec", "minAvailable"],
        key: "min-available"
      });
      return;
    }
    if (!isRecord(spec.selector) || minAvailable.value === 0 && !minAvailable.percent)
      return;
    const selector = spec.selector;
    const index = headIndex(await context.repo.resourcesOfKind(PDB_LOOKUP_KINDS));
    const selected = index.workloadsIn(resource.ref.namespace).filter((workload) => selectorMatches(selector, workload.labels));
    const pods = selected.reduce((sum, workload) => sum + workload.replicas, 0);
    if (pods === 0)
      return;
    const required = minAvailable.percent ? Math.ceil(minAvailable.value * pods / 100) : minAvailable.value;
    if (required < pods)
      return;
    report({
      message: `${name} requires minAvailable: ${String(spec.minAvailable)} of the ${pods} pod${pods === 1 ? "" : "s"} it selects (${joinPhrases(selected.map(describeWorkload))}), so it allows no voluntary disruption: ${DRAIN_HANGS}. ` + (pods === 1 ? "Run 2 or more replicas (minAvailable: 1 then lets one pod go at a time), or use maxUnavailable: 1." : `Set minAvailable to ${pods - 1} or less, or use maxUnavailable: 1.`),
      path: ["spec", "minAvailable"],
      key: "min-available"
    });
  }
};
function amount(value) {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0)
    return { value, percent: false };
  if (typeof value === "string") {
    const match = /^\s*(\d+)%\s*$/.exec(value);
    if (match)
      return { value: Number(match[1]), percent: true };
  }
  return void 0;
}
function describeWorkload(workload) {
  const count = `${workload.replicas} replica${workload.replicas === 1 ? "" : "s"}`;
  const source = workload.scaler ? `, the minimum of ${kindAndName(workload.scaler.resource)}` : "";
  return `${kindAndName(workload.resource)}: ${count}${source}`;
}

// lib/rules/plaintext-secret.js
var PLACEHOLDERS = [
  /^$/,
  /^\$\{[^}]*\}$/,
  // ${VAR}: envsubst, Flux post-build substitution
  /^\$\(?[A-Za-z_][A-Za-z0-9_]*\)?$/,
  // $VAR, $(VAR)
  /^<[^<>]*>$/,
  // <password>, <path:kv/data/app#key> (argocd-vault-plugin)
  /^\{\{[\s\S]*\}\}$/,
  // a template expression
  /^ENC\[[A-Z0-9_]+,[\s\S]*\]$/,
  // a SOPS-encrypted value
  /^(vault:|ref\+[a-z0-9]+:\/\/)/,
  // bank-vaults webhook, vals references
  /^(change[-_ ]?me|replace[-_ ]?me|to[-_ ]?do|tbd|placeholder|dummy|redacted|none|null|n\/a|x+|\*+|\.{3,}|-+)$/i,
  /^(change|replace)[-_ ]?(me|this|with)\b/i
];
var CERTIFICATE = /^-----BEGIN (CERTIFICATE|TRUSTED CERTIFICATE|X509 CRL)-----[\s\S]*-----END [A-Z0-9 ]+-----$/;
var SHOWN_KEYS = 5;
var plaintextSecretRule = {
  meta: {
    id: "plaintext-secret",
    description: "A Secret commits values to git in plain text (base64 is an encoding, not encryption).",
    category: "security",
    defaultSeverity: "warning"
  },
  check(resource, _context, report) {
    if (!isKind(resource, "Secret", [""]))
      return;
    const object = resource.object;
    if (object.sops !== void 0)
      return;
    const exposed = [];
    for (const field of ["data", "stringData"]) {
      const values = object[field];
      if (!isRecord(values))
        continue;
      for (const [key, value] of Object.entries(values)) {
        const raw = stringValue(value);
        const secret = isSecretValue(raw) && (field === "stringData" || isSecretValue(decodeBase64(raw)));
        if (secret)
          exposed.push({ path: [field, key], line: resource.lineOf([field, key]) });
      }
    }
    if (exposed.length === 0)
      return;
    exposed.sort((a, b) => a.line - b.line);
    const names = exposed.slice(0, SHOWN_KEYS).map((entry) => entry.path.join("."));
    const more = exposed.length > SHOWN_KEYS ? ` and ${exposed.length - SHOWN_KEYS} more` : "";
    const count = exposed.length === 1 ? "a value" : `${exposed.length} values`;
    report({
      message: `Secret '${resource.ref.name}' commits ${count} to git in plain text (${names.join(", ")}${more}): base64 in \`data\` is an encoding, not encryption, and git keeps every value in its history. Encrypt the file with SOPS, or keep the value out of git with a SealedSecret, an ExternalSecret (External Secrets Operator) or Vault; rotate any value that was pushed.`,
      path: exposed[0].path,
      key: "plaintext"
    });
  }
};
function stringValue(value) {
  if (value === null || value === void 0)
    return "";
  return typeof value === "string" ? value : String(value);
}
function decodeBase64(text) {
  return Buffer.from(text.trim(), "base64").toString("utf8");
}
function isSecretValue(text) {
  const value = text.trim();
  if (PLACEHOLDERS.some((pattern) => pattern.test(value)))
    return false;
  return !CERTIFICATE.test(value);
}

// lib/rules/rbac-wildcard.js
var RBAC2 = ["rbac.authorization.k8s.io"];
var rbacWildcardRule = {
  meta: {
    id: "rbac-wildcard",
    description: "A Role or ClusterRole grants '*' verbs or '*' resources.",
    category: "security",
    defaultSeverity: "warning"
  },
  check(resource, _context, report) {
    if (!isKind(resource, "Role", RBAC2) && !isKind(resource, "ClusterRole", RBAC2))
      return;
    if (resource.ref.kind === "ClusterRole" && resource.object.aggregationRule !== void 0)
      return;
    asList(resource.object.rules).forEach((rule, index) => {
      if (!isRecord(rule))
        return;
      const verbs = asList(rule.verbs);
      const resources = asList(rule.resources);
      const allVerbs = verbs.includes("*");
      const allResources = resources.includes("*");
      if (!allVerbs && !allResources)
        return;
      const groups = asList(rule.apiGroups).map((group) => group === "" ? '""' : String(group));
      const inGroups = groups.length > 0 ? ` in API groups [${groups.join(", ")}]` : "";
      const what = allVerbs ? allResources ? `every verb ('*') on every resource ('*')${inGroups}` : `every verb ('*') on ${describeList(resources, "resources")}${inGroups}` : `${describeList(verbs, "verbs")} on every resource ('*')${inGroups}`;
      report({
        message: `${resource.ref.kind} '${resource.ref.name}' grants ${what}: wildcards also grant whatever is added later (new resources, new CRDs, subresources such as pods/exec and secrets). List only the verbs and resources the subjects need, for example \`verbs: [get, list, watch]\` and \`resources: [deployments]\`.`,
        // The '*' item itself: the same line as the key for `verbs: ['*']`.
        path: allVerbs ? ["rules", index, "verbs", verbs.indexOf("*")] : ["rules", index, "resources", resources.indexOf("*")],
        key: `${groups.join(",")}|${resources.map(String).join(",")}|${verbs.map(String).join(",")}`
      });
    });
  }
};
function describeList(values, noun) {
  return values.length === 0 ? `no ${noun}` : `${noun} [${values.map(String).join(", ")}]`;
}

// lib/rules/render-error.js
var renderErrorMeta = {
  id: "render-error",
  description: "A Helm chart, Kustomize overlay, Argo CD Application or Flux HelmRelease that the change affects cannot be rendered.",
  category: "rendering",
  defaultSeverity: "error"
};

// lib/rules/single-replica.js
var singleReplicaRule = {
  meta: {
    id: "single-replica",
    description: "A Deployment or StatefulSet runs one replica and no HorizontalPodAutoscaler scales it.",
    category: "availability",
    defaultSeverity: "notice",
    lookupKinds: SCALER_KINDS
  },
  async check(resource, context, report) {
    if (!isScalableWorkload(resource))
      return;
    const replicas = replicasOf(resource);
    if (replicas !== 1)
      return;
    const index = headIndex(await context.repo.resourcesOfKind(SCALER_KINDS));
    if (index.scalerFor(resource))
      return;
    const spec = resource.object.spec;
    const unset = !isRecord(spec) || spec.replicas === void 0 || spec.replicas === null;
    report({
      message: `${kindAndName(resource)} runs a single replica${unset ? " (spec.replicas is not set, so 1)" : ""} and no HorizontalPodAutoscaler targets it: a node drain, an eviction or a failed rollout takes it down. Set spec.replicas to 2 or more (with a PodDisruptionBudget), or scale it with a HorizontalPodAutoscaler.`,
      path: ["spec", "replicas"],
      key: "single-replica"
    });
  }
};

// lib/rules/version-skew.js
var versionSkewMeta = {
  id: "version-skew",
  description: "A change moves a cluster's Kubernetes version by more than one minor release at once, or downgrades it.",
  category: "upgradability",
  defaultSeverity: "error"
};
var CLUSTER_VERSION_FIELDS = [
  { group: "eksctl.io", kind: "ClusterConfig", path: ["metadata", "version"], what: "eksctl ClusterConfig" },
  {
    group: "cluster.x-k8s.io",
    kind: "Cluster",
    path: ["spec", "topology", "version"],
    what: "Cluster API Cluster"
  },
  {
    group: "controlplane.cluster.x-k8s.io",
    kind: "KubeadmControlPlane",
    path: ["spec", "version"],
    what: "Cluster API KubeadmControlPlane"
  },
  { group: "kops.k8s.io", kind: "Cluster", path: ["spec", "kubernetesVersion"], what: "kops Cluster" }
];
var CONFIG_FILES = [".kube-pr-review.yaml", ".kube-pr-review.yml"];
var versionSkewAnalyzer = {
  metas: [versionSkewMeta],
  async analyze(input, report) {
    if (input.mode !== "review")
      return;
    for (const change of input.changes) {
      if (change.type !== "modified" || !change.base || !change.head)
        continue;
      const field = versionField2(change.head);
      if (!field || versionField2(change.base) !== field)
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
        key: `version:${field.path.join(".")}`
      });
    }
    for (const path of CONFIG_FILES) {
      const headText = await input.readFile("head", path);
      if (headText === void 0)
        continue;
      const baseText = await input.readFile("base", path);
      if (baseText === void 0 || ignoredInText(headText, versionSkewMeta.id))
        break;
      const before = topLevelValue(baseText, "kubernetesVersion");
      const after = topLevelValue(headText, "kubernetesVersion");
      const beforeVersion = before && versionOf2(before.value);
      const afterVersion = after && versionOf2(after.value);
      const problem = beforeVersion && afterVersion && skewProblem(beforeVersion, afterVersion);
      if (!after || !problem)
        break;
      report({
        ruleId: versionSkewMeta.id,
        message: `kubernetesVersion in ${path} ${problem} This is the version your cluster runs: change it when the cluster moves, one minor release at a time.`,
        file: path,
        line: after.line,
        key: "config:kubernetesVersion"
      });
      break;
    }
  }
};
function versionField2(resource) {
  const group = apiGroup(resource.ref.apiVersion);
  return CLUSTER_VERSION_FIELDS.find((field) => field.kind === resource.ref.kind && field.group === group);
}
function versionAt(resource, path) {
  let node = resource.object;
  for (const segment of path) {
    if (!isRecord(node))
      return void 0;
    node = node[segment];
  }
  return versionOf2(node);
}
function versionOf2(value) {
  if (typeof value === "string")
    return parseKubeVersion(value);
  if (typeof value !== "number")
    return void 0;
  const text = String(value);
  return /^\d+\.\d$/.test(text) ? void 0 : parseKubeVersion(text);
}
function skewProblem(before, after) {
  const from = formatVersion(before);
  const to = formatVersion(after);
  if (compareVersions(after, before) < 0) {
    return `moves Kubernetes down from ${from} to ${to}: a control plane cannot be downgraded (etcd already holds objects written by ${from}, and managed services refuse it). Keep ${from}.`;
  }
  if (after.major !== before.major || after.minor - before.minor > 1) {
    const steps = [];
    if (after.major === before.major) {
      for (let minor = before.minor; minor <= after.minor; minor++)
        steps.push(`${before.major}.${minor}`);
    }
    const path = steps.length > 0 ? ` (${steps.join(" -> ")})` : "";
    const next = formatVersion(nextMinor(before));
    return `moves Kubernetes from ${from} to ${to} in one change: the version skew policy upgrades a control plane one minor release at a time${path}, and EKS, GKE and kubeadm refuse to skip one. Change it to ${next} first, and to the next release in a later change.`;
  }
  return void 0;
}

// lib/rules/index.js
var RULES = [
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
  missingResourcesRule
];
var ANALYZERS = [
  crdUpgradeAnalyzer,
  versionSkewAnalyzer,
  chartKubeVersionAnalyzer
];
var RULE_METAS = [
  parseErrorMeta,
  renderErrorMeta,
  ...RULES.map((rule) => rule.meta),
  ...ANALYZERS.flatMap((analyzer) => analyzer.metas)
];
var RULE_IDS = RULE_METAS.map((meta) => meta.id);

// lib/pipeline.js
async function runReview(request, options, logger) {
  const { repo } = request;
  const [head, baseCommit] = await Promise.all([
    resolveCommit(repo, request.head),
    resolveCommit(repo, request.base)
  ]);
  if (!head)
    throw new UserError(`head ref '${request.head}' is not a commit in ${repo}`);
  if (!baseCommit)
    throw new UserError(`base ref '${request.base}' is not a commit in ${repo}`);
  const store = new BlobStore(repo);
  const rendersTargets = options.render?.enabled !== false;
  const headTreeLoading = rendersTargets || options.scope === "all" ? loadTree(repo, head, "head", store) : void 0;
  if (rendersTargets)
    startDeclarationSearch(store, head);
  const identity = lazy(() => repoIdentity(repo, options));
  const headDiscovery = rendersTargets ? headTreeLoading.then((tree) => discoverSide(tree, options.render?.releases ?? [], DEFAULT_CONFIG_FILE, identity)) : void 0;
  headDiscovery?.catch(() => {
  });
  const { base, treeChanges } = await changesFromMergeBase(repo, baseCommit, head, () => logger.warning(`no merge base between ${request.base} and ${request.head}: comparing with ${request.base} directly`));
  const allChanged = treeChanges.map((change) => change.file);
  const inReview = (file) => (isManifestPath(file.path) || isManifestPath(file.oldPath)) && (options.pathFilter.matches(file.path) || options.pathFilter.matches(file.oldPath));
  const reviewed = treeChanges.filter((change) => inReview(change.file));
  const changed = reviewed.map((change) => change.file);
  const [headBlobs, baseBlobs] = await Promise.all([
    readChanged(store, reviewed, "head"),
    readChanged(store, reviewed, "base")
  ]);
  const headParsed = parseBlobs(headBlobs);
  const baseParsed = parseBlobs(baseBlobs);
  const headResources = headParsed.flatMap((file) => file.resources);
  const ignoreFields = options.ignoreFields ?? NO_IGNORED_FIELDS;
  const changes = diffResources(baseParsed.flatMap((file) => file.resources), headResources, { ignoreFields });
  const headParsedByPath = new Map(headParsed.map((file) => [file.file, file]));
  const headTree = lazy(() => headTreeLoading ?? loadTree(repo, head, "head", store));
  const lookupKinds = new Set(ruleLookupKinds(options));
  const kindSearch = lazy(async () => kindMentions(await grepMatches(repo, head, kindPatterns([...lookupKinds]), [...MANIFEST_PATHSPECS])));
  const rendering = allChanged.length === 0 || !headDiscovery ? EMPTY_RENDERING : await renderChanges({
    trees: { head: await headTree(), base: baseTreeOf(await headTree(), base, treeChanges) },
    headDiscovery,
    identity,
    changed: allChanged,
    options,
    configFile: DEFAULT_CONFIG_FILE,
    ...await baseReleases(repo, base, options),
    parsedHead: (path) => headParsedByPath.get(path),
    everything: options.scope === "all",
    // A failure surfaces at the lookup; scope `all` looks up in what it has read anyway.
    ...options.scope !== "all" && { whileRendering: () => void kindSearch().catch(() => {
    }) },
    logger
  });
  const renderedHead = rendering.targets.flatMap((target) => target.headResources);
  const renderedChanges = rendering.targets.flatMap((target) => target.changes.filter((change) => change.type !== "unchanged"));
  const renderedBase = renderedChanges.flatMap((change) => change.base ? [change.base] : []);
  const renderedHeadChanged = renderedChanges.flatMap((change) => change.head ? [change.head] : []);
  const readAt = (side, path) => readTextAt(repo, side === "base" ? base : head, path);
  const headTreePaths = async () => [...(await headTree()).files.keys()];
  const changedPaths = new Set(headBlobs.keys());
  const readOthers = async (paths) => {
    const wanted = paths.filter((path) => !changedPaths.has(path) && isManifestPath(path) && options.pathFilter.matches(path));
    const blobs = headTreeLoading ? await (await headTreeLoading).readBuffers(wanted) : await readBlobs(repo, head, wanted);
    const texts = /* @__PURE__ */ new Map();
    for (const [path, blob] of blobs)
      if (blob)
        texts.set(path, blob.toString("utf8"));
    return texts;
  };
  const otherParsed = options.scope === "all" ? [...await readOthers(await headTreePaths())].map(([path, text]) => parseManifestFile(path, text)) : [];
  const lookup = options.scope === "all" ? staticLookup([...headResources, ...otherParsed.flatMap((file) => file.resources), ...renderedHead]) : treeLookup({
    known: [...headResources, ...renderedHead],
    readMentioning: async (kinds2) => readOthers(kinds2.every((kind) => lookupKinds.has(kind)) ? mentioningAny(await kindSearch(), kinds2) : await store.grep(head, kindPatterns(kinds2), MANIFEST_PATHSPECS)),
    parse: parseManifestFile
  });
  const subjects = subjectsInScope(changes, headResources, options.scope);
  const problems = headParsed.flatMap((file) => file.problems);
  let filesRead = headBlobs.size + baseBlobs.size;
  let resourceCount = headResources.length + renderedHead.length;
  if (options.scope === "all") {
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
    ...await checkResources(subjects, RULES, options, lookup)
  ];
  const renderedFindings = await checkRendered(rendering, options, lookup, rawFindings);
  const baseResources = [...baseParsed.flatMap((file) => file.resources), ...renderedBase];
  const allHead = [...headResources, ...renderedHeadChanged];
  const analysis = {
    mode: "review",
    options,
    changedFiles: changed,
    changes: [...changes, ...renderedChanges],
    baseResources,
    headResources: allHead,
    repo: lookup,
    chartBumps: await chartBumps(rendering, readAt),
    readFile: readAt,
    ...options.scope === "all" ? {
      headFiles: async () => (await headTreePaths()).filter((path) => options.pathFilter.matches(path))
    } : {}
  };
  const findings = [
    ...rawFindings,
    ...renderedFindings,
    ...await runAnalyzers([...ANALYZERS, renderErrorAnalyzer(rendering.problems)], analysis, resourceFinder(allHead))
  ];
  const changedForReport = [...changed];
  for (const file of rendering.inputFiles) {
    if (!changedForReport.some((known) => known.path === file.path))
      changedForReport.push(file);
  }
  changedForReport.sort((a, b) => a.path.localeCompare(b.path));
  await rendering.cleanup;
  return buildReport({
    mode: "review",
    options,
    findings,
    changes: [...groupChanges(changes, changed), ...renderedGroups(rendering)],
    changedFiles: changedForReport,
    base,
    head,
    stats: { filesRead, resources: resourceCount }
  });
}
async function baseReleases(repo, base, options) {
  if (!options.render?.releases.length)
    return {};
  const text = await readTextAt(repo, base, DEFAULT_CONFIG_FILE);
  if (text === void 0)
    return {};
  try {
    return { baseReleases: parseRepoConfig(text, DEFAULT_CONFIG_FILE, RULE_IDS).releases ?? [] };
  } catch {
    return {};
  }
}
async function checkRendered(rendering, options, lookup, rawFindings) {
  const seen = new Set(rawFindings.map((finding) => findingIdentity(finding, finding.message)));
  const findings = [];
  for (const result2 of rendering.targets) {
    const subjects = result2.diffed ? subjectsInScope(result2.changes, result2.headResources, options.scope) : result2.headResources.map((resource) => ({ resource }));
    const byRef = new Map(subjects.map(({ resource }) => [refKey(resource.ref), resource]));
    for (const finding of await checkResources(subjects, RULES, options, lookup)) {
      if (seen.has(findingIdentity(finding, finding.message)))
        continue;
      const resource = finding.resource ? byRef.get(refKey(finding.resource)) : void 0;
      const decorated = resource ? {
        ...finding,
        message: `${finding.message} (${describeRendered(resource)})`,
        fingerprint: fingerprint([finding.fingerprint, result2.target.id])
      } : finding;
      seen.add(findingIdentity(decorated, decorated.message));
      findings.push(decorated);
    }
  }
  return findings;
}
function describeRendered(resource) {
  const template = resource.rendered.template ? ` from ${resource.rendered.template}` : "";
  return `rendered ${describeResource(resource.ref)}${template} by ${resource.rendered.target}`;
}
function findingIdentity(finding, message) {
  return [finding.ruleId, finding.file, finding.line, message].join("\0");
}
function refKey(ref) {
  return `${ref.kind}/${ref.namespace ?? ""}/${ref.name}`;
}
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
          key: problem.key
        });
      }
      return Promise.resolve();
    }
  };
}
var EMPTY_RENDERING = { targets: [], problems: [], inputFiles: [] };
async function renderAtHead(root, options, logger) {
  const head = await resolveCommit(root, "HEAD");
  if (!head)
    throw new UserError(`--render needs a git checkout: ${root} has no HEAD commit`);
  const tree = await loadTree(root, head, "head");
  return renderChanges({
    trees: { base: tree, head: tree },
    identity: lazy(() => repoIdentity(root, options)),
    changed: [],
    options,
    configFile: DEFAULT_CONFIG_FILE,
    parsedHead: () => void 0,
    everything: true,
    logger
  });
}
async function chartBumps(rendering, readFile6) {
  const bumps = [];
  for (const result2 of rendering.targets) {
    const before = result2.baseTarget?.spec;
    const after = result2.target.spec;
    if (result2.diffed && after.type === "kustomize")
      bumps.push(...remoteRefBumps(result2), ...helmChartBumps(result2));
    if (!result2.diffed || before?.type !== "helm" || after.type !== "helm")
      continue;
    const crds = result2.changes.filter((change) => change.key.includes("/CustomResourceDefinition/"));
    if (before.chart.type === "path" && after.chart.type === "path") {
      bumps.push(...await dependencyBumps(result2, after.chart.path, crds, readFile6));
      continue;
    }
    if (before.chart.type === "path" || after.chart.type === "path")
      continue;
    if (before.chart.version === after.chart.version)
      continue;
    const at = result2.target.versionAt ?? result2.target.anchor;
    bumps.push({
      target: result2.target.label,
      chart: after.chart.type === "repo" ? after.chart.chart : after.chart.ref,
      from: before.chart.version,
      to: after.chart.version,
      file: at.file,
      line: at.line,
      ...crdCounts(crds)
    });
  }
  return bumps;
}
function crdCounts(crds) {
  return {
    unchangedCrds: crds.filter((change) => change.type === "unchanged").map((change) => change.key.slice(change.key.lastIndexOf("/") + 1)),
    changedCrds: crds.filter((change) => change.type !== "unchanged").length
  };
}
async function dependencyBumps(result2, chartDir, crds, readFile6) {
  const file = chartDir === "" ? "Chart.yaml" : `${chartDir}/Chart.yaml`;
  const [baseText, headText] = await Promise.all([readFile6("base", file), readFile6("head", file)]);
  const baseChart = baseText === void 0 ? void 0 : parseChart(file, baseText);
  const headChart = headText === void 0 ? void 0 : parseChart(file, headText);
  if (!baseChart || !headChart)
    return [];
  const bumps = [];
  for (const dependency of headChart.dependencies) {
    const old = baseChart.dependencies.find((candidate) => candidate.name === dependency.name);
    if (!old || old.version === dependency.version)
      continue;
    const ofDependency = crds.filter((change) => (change.head ?? change.base)?.rendered.template?.includes(`/charts/${dependency.name}/`));
    if (ofDependency.length === 0)
      continue;
    bumps.push({
      target: result2.target.label,
      chart: dependency.name,
      from: old.version,
      to: dependency.version,
      file,
      line: dependency.versionLine,
      ...crdCounts(ofDependency)
    });
  }
  return bumps;
}
function helmChartBumps(result2) {
  return (result2.helmChartBumps ?? []).map((bump) => ({
    target: result2.target.label,
    chart: bump.chart,
    from: bump.from,
    to: bump.to,
    file: bump.kustomization,
    line: bump.line,
    ...crdCounts(result2.changes.filter((change) => change.key.includes("/CustomResourceDefinition/") && (change.head ?? change.base)?.rendered.template === bump.kustomization))
  }));
}
function remoteRefBumps(result2) {
  const bumps = /* @__PURE__ */ new Map();
  for (const change of result2.changes) {
    if (!change.key.includes("/CustomResourceDefinition/"))
      continue;
    const before = change.base?.remote;
    const after = change.head?.remote;
    if (!before || !after || before.location !== after.location || before.ref === after.ref)
      continue;
    const id = `${after.location}@${before.ref ?? ""}..${after.ref ?? ""}`;
    let bump = bumps.get(id);
    if (!bump) {
      bump = {
        target: result2.target.label,
        chart: after.location,
        from: before.ref ?? "(default branch)",
        to: after.ref ?? "(default branch)",
        file: after.at.file,
        line: after.at.line,
        unchangedCrds: [],
        changedCrds: 0
      };
      bumps.set(id, bump);
    }
    if (change.type === "unchanged")
      bump.unchangedCrds.push(change.key.slice(change.key.lastIndexOf("/") + 1));
    else
      bump.changedCrds++;
  }
  return [...bumps.values()];
}
function renderedGroups(rendering) {
  return rendering.targets.filter((result2) => result2.changes.some((change) => change.type !== "unchanged")).map((result2) => ({
    file: result2.target.anchor.file,
    status: result2.status,
    target: result2.target.label,
    resources: result2.changes.filter((change) => change.type !== "unchanged")
  })).sort((a, b) => a.target.localeCompare(b.target));
}
async function repoIdentity(repo, options) {
  return new RepoIdentity([...await remoteUrls(repo), ...options.render?.repoURLs ?? []]);
}
async function changesFromMergeBase(repo, baseCommit, head, noMergeBase) {
  const speculation = new AbortController();
  const diffingFromBase = diffCommits(repo, baseCommit, head, speculation.signal);
  diffingFromBase.catch(() => {
  });
  const found = await mergeBase(repo, baseCommit, head);
  if (!found)
    noMergeBase();
  const base = found ?? baseCommit;
  if (base === baseCommit)
    return { base, treeChanges: await diffingFromBase };
  speculation.abort();
  return { base, treeChanges: await diffCommits(repo, base, head) };
}
function ruleLookupKinds(options) {
  return RULES.filter((rule) => options.rules[rule.meta.id]?.enabled !== false).flatMap((rule) => rule.meta.lookupKinds ?? []);
}
function lazy(load) {
  let promise;
  return () => promise ??= load();
}
function resourceFinder(resources) {
  return (ref, file) => resources.find((resource) => resource.file === file && resource.ref.kind === ref.kind && resource.ref.name === ref.name && resource.ref.namespace === ref.namespace);
}
function subjectsInScope(changes, headResources, scope) {
  if (scope === "changed") {
    return changes.flatMap((change) => (change.type === "added" || change.type === "modified") && change.head ? [{ resource: change.head, change }] : []);
  }
  const byKey = new Map(changes.filter((change) => change.head).map((change) => [change.key, change]));
  return headResources.map((resource) => {
    const change = byKey.get(resource.key);
    return change && change.head === resource ? { resource, change } : { resource };
  });
}
async function readChanged(store, changes, side) {
  const present2 = changes.flatMap(({ file, oldBlob, newBlob }) => {
    if (file.status === (side === "head" ? "deleted" : "added"))
      return [];
    return [side === "head" ? [file.path, newBlob] : [file.oldPath, oldBlob]];
  });
  const blobs = await store.read(present2.map(([, id]) => id));
  return new Map(present2.map(([path, id]) => [path, blobs.get(id)]));
}
function parseBlobs(blobs) {
  const parsed = [];
  for (const [path, blob] of blobs) {
    if (blob && isManifestPath(path))
      parsed.push(parseManifestFile(path, blob.toString("utf8")));
  }
  return parsed;
}
function groupChanges(changes, files) {
  const byOldPath = new Map(files.map((file) => [file.oldPath, file]));
  const byPath = new Map(files.map((file) => [file.path, file]));
  const groups = /* @__PURE__ */ new Map();
  for (const change of changes) {
    if (change.type === "unchanged")
      continue;
    const file = change.head ? byPath.get(change.head.file) : byOldPath.get(change.base.file) ?? byPath.get(change.base.file);
    const path = file?.path ?? change.head?.file ?? change.base.file;
    let group = groups.get(path);
    if (!group) {
      group = { file: path, status: file?.status ?? "modified", resources: [] };
      groups.set(path, group);
    }
    group.resources.push(change);
  }
  return [...groups.values()].sort((a, b) => a.file.localeCompare(b.file));
}
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules"]);
async function runAudit(request, options, logger) {
  const root = resolve4(request.root);
  const targets = request.paths.length > 0 ? request.paths.map((path) => resolve4(path)) : [root];
  const files = [];
  for (const target of targets) {
    const info = await stat2(target).catch(() => void 0);
    if (!info)
      throw new UserError(`no such file or directory: ${relative4(process.cwd(), target) || target}`);
    if (info.isDirectory())
      walk2(target, files);
    else
      files.push(target);
  }
  const manifests = files.map((absolute) => ({ absolute, path: relative4(root, absolute).split(sep2).join("/") })).filter(({ path }) => isManifestPath(path) && options.pathFilter.matches(path));
  const texts = manifests.map(({ absolute, path }) => ({ path, text: readFileSync4(absolute, "utf8") }));
  const lookup = new StreamingLookup(ruleLookupKinds(options), texts, parseManifestFile);
  const rendering = request.render ? await renderAtHead(root, options, logger) : EMPTY_RENDERING;
  for (const target of rendering.targets) {
    lookup.observe({
      file: target.target.anchor.file,
      kind: "kubernetes",
      resources: target.headResources,
      problems: []
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
    if (index % 16 === 15)
      await new Promise((resolve6) => setImmediate(resolve6));
  }
  lookup.finishPass();
  findings.push(...await checker.finish());
  findings.push(...await checkRendered(rendering, options, lookup, findings));
  resourceCount += rendering.targets.reduce((sum, target) => sum + target.headResources.length, 0);
  findings.push(...await runAnalyzers([...ANALYZERS, renderErrorAnalyzer(rendering.problems)], {
    mode: "audit",
    options,
    changedFiles: [],
    changes: [],
    baseResources: [],
    headResources: [],
    repo: lookup,
    readFile: async (side, path) => side === "head" ? readFile4(join10(root, path), "utf8").catch(() => void 0) : void 0,
    headFiles: () => Promise.resolve(files.map((absolute) => relative4(root, absolute).split(sep2).join("/")).filter((path) => options.pathFilter.matches(path)))
  }, () => void 0));
  await rendering.cleanup;
  return buildReport({
    mode: "audit",
    options: { ...options, scope: "all" },
    findings,
    changes: [],
    changedFiles: [],
    stats: { filesRead: manifests.length, resources: resourceCount }
  });
}
function walk2(directory, out) {
  const entries = readdirSync(directory, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name))
        walk2(join10(directory, entry.name), out);
    } else if (entry.isFile()) {
      out.push(join10(directory, entry.name));
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
    ...parts.base ? { base: parts.base } : {},
    ...parts.head ? { head: parts.head } : {},
    findings,
    changes: parts.changes,
    changedFiles: parts.changedFiles,
    summary: summarize(findings),
    stats: parts.stats
  };
}

// lib/report/json.js
function renderJson(report) {
  return {
    version: 1,
    mode: report.mode,
    kubernetesVersion: report.kubernetesVersion,
    upgradeVersion: report.upgradeVersion,
    scope: report.scope,
    ...report.base !== void 0 && { base: report.base },
    ...report.head !== void 0 && { head: report.head },
    findings: sortFindings(report.findings).map(jsonFinding),
    changes: report.changes.map((fileChanges) => ({
      file: fileChanges.file,
      status: fileChanges.status,
      ...fileChanges.target !== void 0 && { target: fileChanges.target },
      resources: fileChanges.resources.map(jsonResourceChange)
    })),
    summary: { error: report.summary.error, warning: report.summary.warning, notice: report.summary.notice },
    stats: { filesRead: report.stats.filesRead, resources: report.stats.resources }
  };
}
function jsonRef(ref) {
  return {
    apiVersion: ref.apiVersion,
    kind: ref.kind,
    ...ref.namespace !== void 0 && { namespace: ref.namespace },
    name: ref.name
  };
}
function jsonFinding(finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    file: finding.file,
    line: finding.line,
    ...finding.endLine !== void 0 && { endLine: finding.endLine },
    ...finding.resource && { resource: jsonRef(finding.resource) },
    helpUri: finding.helpUri,
    fingerprint: finding.fingerprint,
    ...finding.fix && {
      fix: {
        line: finding.fix.line,
        replacement: finding.fix.replacement,
        description: finding.fix.description
      }
    }
  };
}
function jsonResourceChange(change) {
  const ref = (change.head ?? change.base)?.ref;
  return {
    key: change.key,
    type: change.type,
    // A change always has a side; the key is only a fallback so the shape stays valid.
    ...ref ? jsonRef(ref) : { apiVersion: "", kind: "", name: change.key },
    fields: change.fields.map((field) => ({
      path: field.path,
      type: field.type,
      ...field.before !== void 0 && { before: field.before },
      ...field.after !== void 0 && { after: field.after }
    }))
  };
}

// lib/report/sarif.js
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "kubePrReview/v1";
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function renderSarif(report, rules, opts) {
  const findings = sortFindings(report.findings);
  const firstByRule = /* @__PURE__ */ new Map();
  for (const finding of findings)
    if (!firstByRule.has(finding.ruleId))
      firstByRule.set(finding.ruleId, finding);
  const descriptors = rules.map((rule) => descriptor(rule.id, rule.description, rule.defaultSeverity, helpUri(rule.id, opts, firstByRule), [
    rule.category
  ]));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  for (const [id, finding] of firstByRule) {
    if (ruleIndex.has(id))
      continue;
    ruleIndex.set(id, descriptors.length);
    descriptors.push(descriptor(id, id, finding.severity, finding.helpUri, []));
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "kube-pr-review",
            version: opts.toolVersion,
            informationUri: opts.informationUri,
            rules: descriptors
          }
        },
        automationDetails: { id: "kube-pr-review/" },
        results: findings.map((finding) => result(finding, ruleIndex.get(finding.ruleId) ?? 0))
      }
    ]
  };
}
function helpUri(id, opts, firstByRule) {
  if (opts.helpBaseUri !== void 0) {
    const base = opts.helpBaseUri.endsWith("/") ? opts.helpBaseUri : `${opts.helpBaseUri}/`;
    return `${base}${id}.md`;
  }
  return firstByRule.get(id)?.helpUri;
}
function descriptor(id, description, severity, help, tags) {
  return {
    id,
    shortDescription: { text: description },
    ...help !== void 0 && help !== "" && { helpUri: help },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: ["kubernetes", ...tags] }
  };
}
function result(finding, ruleIndex) {
  const startLine = Math.max(1, finding.line);
  const endLine = finding.endLine !== void 0 ? Math.max(startLine, finding.endLine) : void 0;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(finding.file), uriBaseId: "%SRCROOT%" },
          region: { startLine, ...endLine !== void 0 && { endLine } }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint }
  };
}
function fileUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}

// lib/cli/main.js
var USAGE = `Usage:
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
var FORMATS2 = ["text", "markdown", "json", "sarif"];
async function runCli(argv, io) {
  try {
    return await run(argv, io);
  } catch (error) {
    const message = error instanceof UserError ? error.message : `internal error: ${errorMessage(error)}`;
    io.stderr.write(`${TOOL_NAME}: ${message}
`);
    if (!(error instanceof UserError) && io.env.KUBE_PR_REVIEW_DEBUG && error instanceof Error) {
      io.stderr.write(`${error.stack ?? ""}
`);
    }
    return 2;
  }
}
async function run(argv, io) {
  if (argv[0] === "crd-diff")
    return runCrdDiff(argv.slice(1), io);
  const { values, positionals } = parseCliArgs(argv);
  if (values.help) {
    io.stdout.write(`${USAGE}
`);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${TOOL_VERSION}
`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command !== "review" && command !== "audit") {
    throw new UserError(command ? `unknown command '${command}'
${USAGE}` : USAGE);
  }
  const format = values.format ?? "text";
  if (!FORMATS2.includes(format))
    throw new UserError(`--format must be one of ${FORMATS2.join(", ")}, got '${format}'`);
  const repo = resolve5(io.cwd, values.repo ?? ".");
  const raw = {
    ...values["kubernetes-version"] ? { kubernetesVersion: values["kubernetes-version"] } : {},
    ...values["upgrade-version"] ? { upgradeVersion: values["upgrade-version"] } : {},
    ...values.scope ? { scope: values.scope } : {},
    ...values["fail-on"] ? { failOn: values["fail-on"] } : {},
    paths: splitGlobs(values.paths),
    exclude: splitGlobs(values.exclude),
    ...values.helm ? { helm: resolve5(io.cwd, values.helm) } : {},
    ...values.kubectl ? { kubectl: resolve5(io.cwd, values.kubectl) } : {},
    ...values.kustomize ? { kustomize: resolve5(io.cwd, values.kustomize) } : {},
    ...values["no-render"] ? { render: false } : {},
    ...githubAccess(values["github-token"], values["github-api-url"], io.env)
  };
  const logger = cliLogger(io);
  let report;
  let options;
  if (command === "review") {
    if (rest.length > 0)
      throw new UserError(`review takes no positional arguments, got '${rest.join(" ")}'`);
    if (!values.base)
      throw new UserError("review needs --base REF");
    const head = values.head ?? "HEAD";
    const config = await loadConfig(values.config ? resolve5(io.cwd, values.config) : void 0, () => readTextAt(repo, head, DEFAULT_CONFIG_FILE));
    options = resolveOptions(raw, config, NEWEST_KNOWN_RELEASE);
    report = await runReview({ repo, base: values.base, head }, options, logger);
  } else {
    if (values.base || values.head)
      throw new UserError("audit takes no --base/--head: use review");
    const root = values.repo ? repo : io.cwd;
    const config = await loadConfig(values.config ? resolve5(io.cwd, values.config) : void 0, () => readFile5(resolve5(root, DEFAULT_CONFIG_FILE), "utf8").catch(() => void 0));
    options = resolveOptions(raw, config, NEWEST_KNOWN_RELEASE);
    report = await runAudit({ root, paths: rest.map((path) => resolve5(io.cwd, path)), render: values.render === true }, options, logger);
  }
  if (io.stderr.isTTY)
    io.stderr.write("\r\x1B[K");
  const color = format === "text" && !values.output && !values["no-color"] && !!io.stdout.isTTY && !io.env.NO_COLOR;
  const output = formatReport(report, format, color);
  if (values.output)
    await writeFile4(resolve5(io.cwd, values.output), output);
  else
    io.stdout.write(output);
  return exceedsFailOn(report.summary, options.failOn) ? 1 : 0;
}
function formatReport(report, format, color) {
  switch (format) {
    case "json":
      return `${JSON.stringify(renderJson(report), null, 2)}
`;
    case "sarif":
      return `${JSON.stringify(renderSarif(report, RULE_METAS, { toolVersion: TOOL_VERSION, informationUri: HOMEPAGE }), null, 2)}
`;
    case "markdown":
      return `${renderMarkdown(report)}
`;
    case "text":
      return `${renderText(report, { color })}
`;
  }
}
function parseCliArgs(argv) {
  try {
    return parseArgs2({
      args: argv,
      allowPositionals: true,
      options: {
        repo: { type: "string" },
        base: { type: "string" },
        head: { type: "string" },
        "kubernetes-version": { type: "string" },
        "upgrade-version": { type: "string" },
        scope: { type: "string" },
        config: { type: "string" },
        paths: { type: "string" },
        exclude: { type: "string" },
        format: { type: "string" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string" },
        "no-color": { type: "boolean" },
        helm: { type: "string" },
        kubectl: { type: "string" },
        kustomize: { type: "string" },
        "no-render": { type: "boolean" },
        render: { type: "boolean" },
        "github-token": { type: "string" },
        "github-api-url": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" }
      }
    });
  } catch (error) {
    throw new UserError(`${errorMessage(error)}
${USAGE}`);
  }
}
function githubAccess(token, apiUrl, env) {
  const githubToken = token || env.GITHUB_TOKEN;
  const githubApiUrl2 = apiUrl || env.GITHUB_API_URL;
  return { ...githubToken && { githubToken }, ...githubApiUrl2 && { githubApiUrl: githubApiUrl2 } };
}
function splitGlobs(value) {
  return (value ?? "").split(",").map((item) => item.trim()).filter((item) => item !== "");
}
async function loadConfig(explicitPath, readDefault) {
  if (explicitPath) {
    const text2 = await readFile5(explicitPath, "utf8").catch(() => {
      throw new UserError(`cannot read config file ${explicitPath}`);
    });
    return parseRepoConfig(text2, explicitPath, RULE_IDS);
  }
  const text = await readDefault();
  return text === void 0 ? EMPTY_CONFIG : parseRepoConfig(text, DEFAULT_CONFIG_FILE, RULE_IDS);
}
function cliLogger(io) {
  return {
    info: () => {
    },
    warning: (message) => io.stderr.write(`${TOOL_NAME}: warning: ${message}
`),
    progress: (done, total) => {
      if (io.stderr.isTTY)
        io.stderr.write(`\r\x1B[Kreading files: ${done}/${total}`);
    }
  };
}

// lib/cli.js
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env
});
