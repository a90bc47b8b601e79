/** kexie's version: recorded by batch runs so an upgrade re-converts what it may now read better. */
export const VERSION = "0.1.0";

/** Version of the document model (schemas/notice.schema.json); lives here so parsing needs no zod. */
export const SCHEMA_VERSION = "1.0.0";
