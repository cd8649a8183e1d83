/**
 * The answers of the open-data routes: built once at build time
 * (force-static), served as files by `next start` and by the export with the
 * same Content-Type and Content-Disposition (lib/export reads them from the build).
 */
export const JSON_TYPE = "application/json; charset=utf-8";
export const CSV_TYPE = "text/csv; charset=utf-8; header=present";

/** Pretty-printed, as a person opening the file would want to read it. */
export function jsonResponse(data: unknown, contentType: string = JSON_TYPE): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { "Content-Type": contentType } });
}

/** A download under its own name (the URL's last part). */
export function csvResponse(text: string, filename: string): Response {
  return new Response(text, { headers: { "Content-Type": CSV_TYPE, "Content-Disposition": `attachment; filename="${filename}"` } });
}
