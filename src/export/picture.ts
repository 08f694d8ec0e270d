/**
 * A picture of the view, as a PNG: the title and the date above the map, a scale bar on it, the
 * legend of the visible layers and the credits below. Drawn with the canvas 2D API from the registry's
 * legend signs and the map redrawn off screen (src/map/snapshot.ts), so it is sharp at any size.
 */
import { APPROXIMATE_NOTE, type Swatch } from '../map/layers.ts';
import type { MapHandle } from '../map/snapshot.ts';
import { scaleBar } from '../map/scale.ts';
import { theme } from '../map/theme.ts';

/** The picture's width in CSS px; `scale` 2 doubles every pixel (2,400 px). */
export const PICTURE_WIDTH = 1200;
const PAD = 24;
const FONT = "'Noto Sans', 'Noto Sans Armenian', sans-serif";
const { ui, picture } = theme;
const INK = ui.ink;
const MUTED = ui.textMuted;

export interface PictureRequest {
  title: string;
  subtitle: string;
  /** "Map as of …", when the map has a date. */
  date: string | null;
  legend: { label: string; swatch: Swatch }[];
  /** Plain-text credit lines. */
  credits: string[];
  /** 1 or 2. */
  scale: number;
}

/** The map's height for the picture: the screen's proportions, kept between landscape 2:1 and portrait 4:5. */
export function mapHeightFor(mapWidth: number, screen: { width: number; height: number }): number {
  const ratio = screen.width > 0 ? screen.height / screen.width : 0.75;
  return Math.round(mapWidth * Math.min(1.25, Math.max(0.5, ratio)));
}

export async function drawPicture(handle: MapHandle, req: PictureRequest): Promise<Blob> {
  const mapW = PICTURE_WIDTH - 2 * PAD;
  const mapH = mapHeightFor(mapW, handle.size());
  const [snap] = await Promise.all([handle.snapshot(mapW, mapH, req.scale), document.fonts.load(`16px ${FONT}`)]);
  const measure = document.createElement('canvas').getContext('2d')!;
  const layout = lay(measure, req, mapH);
  const canvas = document.createElement('canvas');
  canvas.width = PICTURE_WIDTH * req.scale;
  canvas.height = layout.height * req.scale;
  const g = canvas.getContext('2d')!;
  g.scale(req.scale, req.scale);
  g.fillStyle = ui.surface;
  g.fillRect(0, 0, PICTURE_WIDTH, layout.height);
  for (const t of layout.texts) text(g, t);
  g.drawImage(snap.canvas, PAD, layout.mapTop, mapW, mapH);
  g.strokeStyle = ui.controlBorder;
  g.lineWidth = 1;
  g.strokeRect(PAD + 0.5, layout.mapTop + 0.5, mapW - 1, mapH - 1);
  drawScaleBar(g, scaleBar(snap.metresPerPixel, 160), PAD + 12, layout.mapTop + mapH - 12);
  for (const s of layout.swatches) drawSwatch(g, s.swatch, s.x, s.y);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be encoded'))), 'image/png'));
}

interface Text {
  s: string;
  x: number;
  /** Baseline. */
  y: number;
  font: string;
  color: string;
}

const LEGEND_COLUMNS = 3;
const ROW = 24;

/** Where everything goes, top to bottom; wraps the legend labels (two lines at most) and the credits. */
function lay(m: CanvasRenderingContext2D, req: PictureRequest, mapH: number) {
  const texts: Text[] = [];
  let y = PAD + 26;
  texts.push({ s: req.title, x: PAD, y, font: `bold 26px ${FONT}`, color: INK });
  y += 24;
  texts.push({ s: req.subtitle, x: PAD, y, font: `15px ${FONT}`, color: MUTED });
  if (req.date) {
    y += 26;
    texts.push({ s: req.date, x: PAD, y, font: `bold 17px ${FONT}`, color: ui.accent });
  }
  const mapTop = y + 16;
  y = mapTop + mapH + 30;
  texts.push({ s: 'Legend', x: PAD, y, font: `bold 15px ${FONT}`, color: INK });
  y += 10;
  const colW = (PICTURE_WIDTH - 2 * PAD) / LEGEND_COLUMNS;
  const labelFont = `14px ${FONT}`;
  m.font = labelFont;
  // Row by row: a label too long for its column takes a second line (and is cut after that).
  const swatches: { swatch: Swatch; x: number; y: number }[] = [];
  for (let row = 0; row * LEGEND_COLUMNS < req.legend.length; row++) {
    const cells = req.legend.slice(row * LEGEND_COLUMNS, (row + 1) * LEGEND_COLUMNS).map((e) => ({ e, lines: lines2(m, e.label, colW - 44) }));
    cells.forEach(({ e, lines }, col) => {
      const x = PAD + col * colW;
      swatches.push({ swatch: e.swatch, x, y: y + 4 });
      lines.forEach((l, i) => texts.push({ s: l, x: x + 36, y: y + 17 + i * 17, font: labelFont, color: INK }));
    });
    y += ROW + 17 * (Math.max(...cells.map((c) => c.lines.length)) - 1);
  }
  y += 20;
  if (!req.legend.length) {
    texts.push({ s: 'No layer is shown.', x: PAD, y: y - 4, font: labelFont, color: MUTED });
    y += 10;
  }
  texts.push({ s: APPROXIMATE_NOTE, x: PAD, y, font: `13px ${FONT}`, color: MUTED });
  y += 26;
  const creditFont = `12px ${FONT}`;
  m.font = creditFont;
  for (const line of wrap(m, req.credits.join(' · '), PICTURE_WIDTH - 2 * PAD)) {
    texts.push({ s: line, x: PAD, y, font: creditFont, color: MUTED });
    y += 17;
  }
  return { texts, mapTop, swatches, height: Math.ceil(y + PAD - 10) };
}

function text(g: CanvasRenderingContext2D, t: Text) {
  g.font = t.font;
  g.fillStyle = t.color;
  g.fillText(t.s, t.x, t.y);
}

/** A label in at most two lines of `width`, the second cut with an ellipsis if need be. */
function lines2(m: CanvasRenderingContext2D, s: string, width: number): string[] {
  const [first = '', ...rest] = wrap(m, s, width);
  if (!rest.length) return [first];
  let second = rest.join(' ');
  if (m.measureText(second).width <= width) return [first, second];
  while (second.length > 1 && m.measureText(`${second}…`).width > width) second = second.slice(0, -1);
  return [first, `${second.trimEnd()}…`];
}

function wrap(m: CanvasRenderingContext2D, s: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && m.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function drawScaleBar(g: CanvasRenderingContext2D, bar: { px: number; label: string }, x: number, bottom: number) {
  g.font = `12px ${FONT}`;
  const w = Math.max(bar.px, g.measureText(bar.label).width) + 12;
  g.fillStyle = picture.scaleBack;
  g.fillRect(x - 6, bottom - 26, w, 30);
  g.strokeStyle = picture.scaleInk;
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(x, bottom - 10);
  g.lineTo(x, bottom - 4);
  g.lineTo(x + bar.px, bottom - 4);
  g.lineTo(x + bar.px, bottom - 10);
  g.stroke();
  g.fillStyle = picture.scaleInk;
  g.fillText(bar.label, x, bottom - 13);
}

/** The legend sign of src/ui/Swatch.tsx, in 2D: 28 × 16 px at (x, y). */
function drawSwatch(g: CanvasRenderingContext2D, { shape, color, dashed }: Swatch, x: number, y: number) {
  g.save();
  g.translate(x, y);
  g.setLineDash(dashed ? [3, 2] : []);
  if (shape === 'area' || shape === 'hatch') {
    g.globalAlpha = shape === 'area' ? 0.45 : 0.12;
    g.fillStyle = color;
    g.fillRect(2, 2, 24, 12);
    g.globalAlpha = 1;
    if (shape === 'hatch') {
      g.save();
      g.beginPath();
      g.rect(2, 2, 24, 12);
      g.clip();
      g.strokeStyle = color;
      g.lineWidth = 1.5;
      g.setLineDash([]);
      for (let i = -12; i < 28; i += 5) {
        g.beginPath();
        g.moveTo(i, 16);
        g.lineTo(i + 14, 2);
        g.stroke();
      }
      g.restore();
    }
    g.strokeStyle = color;
    g.lineWidth = 1.5;
    g.strokeRect(2, 2, 24, 12);
  } else if (shape === 'line' || shape === 'rail') {
    g.setLineDash(dashed ? [4, 3] : []);
    g.strokeStyle = color;
    g.lineWidth = shape === 'rail' ? 5 : 3.5;
    g.beginPath();
    g.moveTo(2, 8);
    g.lineTo(26, 8);
    g.stroke();
    if (shape === 'rail') {
      g.strokeStyle = theme.casing;
      g.lineWidth = 2;
      g.setLineDash([4, 4]);
      g.stroke();
    }
  } else {
    g.fillStyle = color;
    g.strokeStyle = theme.casing;
    g.lineWidth = 1.5;
    g.beginPath();
    g.arc(14, 8, 5, 0, 2 * Math.PI);
    g.fill();
    g.stroke();
  }
  g.restore();
}
