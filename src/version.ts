/** kexie's version: recorded by batch runs so an upgrade re-converts what it may now read better. */
export const VERSION = "0.1.0";
