// NDJSON: one compact JSON value per line, for jq -c and log pipelines.
export function toNdjson(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v) + "\n").join("");
}
