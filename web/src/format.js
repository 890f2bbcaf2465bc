// How the page writes numbers, amounts, times and addresses for people.
import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import { formatUnits, parseUnits } from "viem";

// formatNumber writes an E.164 number as people do: "+442079460100" -> "+44 20 7946 0100".
export function formatNumber(e164) {
  const p = parsePhoneNumberFromString(e164 || "");
  return p ? p.formatInternational() : e164;
}

// toE164 reads a number as a person types it ("+44 20 7946 0100", "+1 (415) 555-0123")
// and gives its E.164 form, or null when it is not a number.
export function toE164(text) {
  const t = String(text || "").trim();
  if (!t.startsWith("+")) return null;
  const digits = t.slice(1).replace(/[\s().-]/g, "");
  if (!/^[1-9][0-9]{0,14}$/.test(digits)) return null;
  return "+" + digits;
}

// formatDots writes an amount of DOTS (18 decimals) with at most 4 decimals, grouped:
// 1234567800000000000000n -> "1,234.5678 DOTS". Tiny non-zero amounts say so.
export function formatDots(wei, symbol = "DOTS") {
  const v = BigInt(wei ?? 0);
  if (v !== 0n && (v < 0n ? -v : v) < 10n ** 14n) return `< 0.0001 ${symbol}`;
  const [whole, frac = ""] = formatUnits(v, 18).split(".");
  const f = frac.slice(0, 4).replace(/0+$/, "");
  const w = BigInt(whole).toLocaleString("en-US");
  return `${w}${f ? "." + f : ""} ${symbol}`;
}

// parseDots reads "12.5" as wei; null when it is not an amount.
export function parseDots(text) {
  try {
    const t = String(text).trim().replace(/,/g, "");
    if (!/^[0-9]+(\.[0-9]{1,18})?$/.test(t)) return null;
    return parseUnits(t, 18);
  } catch {
    return null;
  }
}

// formatTime writes unix seconds in the viewer's time zone.
export function formatTime(unix) {
  const n = Number(unix);
  if (!n) return "never";
  return new Date(n * 1000).toLocaleString(undefined, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
}

// formatDuration writes seconds as "1 h 2 min", "45 s".
export function formatDuration(s) {
  s = Math.max(0, Math.round(Number(s)));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60 ? (s % 60) + " s" : ""}`.trim();
  const h = Math.floor(s / 3600);
  if (h < 48) return `${h} h ${Math.floor((s % 3600) / 60)} min`;
  return `${Math.floor(h / 24)} days`;
}

// shortAddr writes 0x1234…abcd.
export function shortAddr(a) {
  return a ? `${a.slice(0, 6)}…${a.slice(-4)}` : "";
}

export function formatCount(n) {
  return Number(n).toLocaleString("en-US");
}

export const FEATURES = ["Voice", "SMS", "MMS", "Video", "Fax", "RCS"];

export function formatFeatures(bits) {
  const names = FEATURES.filter((_, i) => Number(bits) & (1 << i));
  return names.length ? names.join(", ") : "none";
}
