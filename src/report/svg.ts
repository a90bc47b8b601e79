// Bar charts drawn as SVG when the page is generated — no chart library in the page, nothing to
// fetch, nothing run in the browser to draw them, and they print as they show. Every label
// passes through escapeXml.
import { escapeHtml } from "./escape.js";

const BAR = 22;
const LABEL_W = 220;
const CHART_W = 760;

/** Horizontal bars, one per [label, count]; each bar carries data-lead so the page can filter on click. */
export function leadBars(items: Array<[string, number]>, max = 30): string {
  const shown = items.slice(0, max);
  const top = Math.max(1, ...shown.map(([, n]) => n));
  const h = shown.length * BAR + 4;
  const scale = (CHART_W - LABEL_W - 50) / top;
  const bars = shown
    .map(([label, n], i) => {
      const y = i * BAR + 2;
      const w = Math.max(1, n * scale);
      const l = escapeHtml(label);
      const short = escapeHtml(label.length > 16 ? `${label.slice(0, 15)}…` : label);
      return `<g class="bar" data-lead="${l}" tabindex="0" role="button"><title>${l}: ${n}</title>` +
        `<text x="${LABEL_W - 6}" y="${y + 15}" text-anchor="end">${short}</text>` +
        `<rect x="${LABEL_W}" y="${y}" width="${w.toFixed(1)}" height="${BAR - 6}"/>` +
        `<text x="${(LABEL_W + w + 4).toFixed(1)}" y="${y + 15}" class="n">${n}</text></g>`;
    })
    .join("");
  return `<svg class="chart" id="chart-lead" viewBox="0 0 ${CHART_W} ${h}" width="${CHART_W}" height="${h}" role="img">${bars}</svg>`;
}

/** Vertical stacked bars per month: due (not yet past) and overdue, relative to --today. */
export function monthBars(items: Array<[string, number, number]>, labels: { due: string; overdue: string }): string {
  if (items.length === 0) return "";
  const colW = Math.max(18, Math.min(48, Math.floor((CHART_W - 40) / items.length)));
  const w = Math.max(CHART_W, items.length * colW + 40);
  const H = 180;
  const top = Math.max(1, ...items.map(([, a, b]) => a + b));
  const scale = (H - 40) / top;
  const cols = items
    .map(([m, due, over], i) => {
      const x = 30 + i * colW;
      const hOver = over * scale;
      const hDue = due * scale;
      const base = H - 22;
      return `<g class="month" data-month="${escapeHtml(m)}"><title>${escapeHtml(m)}: ${labels.due} ${due}, ${labels.overdue} ${over}</title>` +
        (over ? `<rect class="overdue" x="${x}" y="${(base - hOver).toFixed(1)}" width="${colW - 4}" height="${hOver.toFixed(1)}"/>` : "") +
        (due ? `<rect x="${x}" y="${(base - hOver - hDue).toFixed(1)}" width="${colW - 4}" height="${hDue.toFixed(1)}"/>` : "") +
        `<text x="${x + (colW - 4) / 2}" y="${(base - hOver - hDue - 3).toFixed(1)}" text-anchor="middle" class="n">${due + over}</text>` +
        `<text x="${x + (colW - 4) / 2}" y="${H - 6}" text-anchor="middle" class="m">${escapeHtml(m.slice(2))}</text></g>`;
    })
    .join("");
  return `<svg class="chart" id="chart-month" viewBox="0 0 ${w} ${H}" width="${w}" height="${H}" role="img">${cols}</svg>`;
}
