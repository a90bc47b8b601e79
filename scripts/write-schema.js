// Regenerates schemas/notice.schema.json from the zod schema (npm run schema).
import { writeFileSync } from "node:fs";
import { noticeJsonSchema } from "../dist/model/schema.js";

const out = new URL("../schemas/notice.schema.json", import.meta.url);
writeFileSync(out, JSON.stringify(noticeJsonSchema(), null, 2) + "\n");
console.log(`wrote ${out.pathname}`);
