// Validators compiled from the contract's schemas with Ajv (JSON Schema 2020-12, the dialect of
// OpenAPI 3.1). The whole document is registered under its file URL, so every schema is compiled
// where it stands and its `#/components/...` references resolve as they do in the yaml.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { parseRfc3339 } from '../time.js';
import type { LoadedDocument } from './document.js';

/** Keywords OpenAPI 3.1 adds to JSON Schema: annotations, nothing to check. */
const OPENAPI_KEYWORDS = ['example', 'discriminator', 'xml', 'externalDocs'];
/** The document's own fields: Ajv compiles the root a $ref points into, and must take these as annotations. */
const DOCUMENT_FIELDS = [
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'paths',
  'webhooks',
  'components',
  'security',
  'tags',
];

export class ContractSchemas {
  private readonly ajv: Ajv2020;
  private readonly base: string;

  constructor({ url, document }: LoadedDocument) {
    // verbose: errors carry the failing schema, which names the rule in messages. Strict: a
    // keyword or format the simulator cannot check fails at start-up rather than passing silently.
    this.ajv = new Ajv2020({ strict: true, allErrors: false, verbose: true });
    this.ajv.addVocabulary([...OPENAPI_KEYWORDS, ...DOCUMENT_FIELDS]);
    // int32 and int64, the integer formats OpenAPI defines. (ajv-formats is CommonJS: under
    // NodeNext its default import is the module, whose `default` is the plugin.)
    ajvFormats.default(this.ajv, { formats: ['int32', 'int64'], keywords: false });
    // date-time is RFC 3339 with an explicit offset, as the gateway's one module reads it.
    this.ajv.addFormat('date-time', { type: 'string', validate: (text: string) => parseRfc3339(text) !== undefined });
    this.base = url.href;
    this.ajv.addSchema({ ...document, $id: this.base });
  }

  /** A $ref to a place in the document, given as a fragment ('#/paths/...'). */
  ref(fragment: string): { $ref: string } {
    return { $ref: this.base + fragment };
  }

  compile(schema: object): ValidateFunction {
    return this.ajv.compile(schema);
  }
}
