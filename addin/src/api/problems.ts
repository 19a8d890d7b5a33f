// RFC 9457 problem details turned into messages a person understands.

/** A problem body as the API sends it; validation problems add `errors`, ours add a stable `code`. */
export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  /** 412 `notesChanged`: the ETag the notes have now. */
  currentETag?: string;
  errors?: Record<string, string[] | string>;
}

/** Why a call failed, with the words to show and, for validation problems, each field's messages. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly code: string | undefined;
  /** Messages by the field's camelCase path, e.g. `cadence.durationMinutes`. */
  readonly fieldErrors: Readonly<Record<string, string[]>>;
  /** Seconds to wait before trying again, when the API said so. */
  readonly retryAfterSeconds: number | undefined;
  /** After a stale save (412): the ETag of the version saved meanwhile (the problem's, else the response's). */
  readonly currentETag: string | undefined;

  constructor(init: {
    status: number;
    title: string;
    message: string;
    code?: string | undefined;
    fieldErrors?: Record<string, string[]>;
    retryAfterSeconds?: number | undefined;
    currentETag?: string | undefined;
  }) {
    super(init.message);
    this.name = "ApiProblem";
    this.status = init.status;
    this.title = init.title;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.currentETag = init.currentETag;
  }

  get isValidation(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }

  /** Someone else saved a newer version (If-Match no longer matches; code `notesChanged`). */
  get isStale(): boolean {
    return this.status === 412;
  }

  /** The save needed If-Match because notes already exist (428, code `ifMatchRequired`): read them first. */
  get needsCurrentVersion(): boolean {
    return this.status === 428;
  }

  get needsSignIn(): boolean {
    return this.status === 401;
  }

  /** The first message for a field, if the API refused it. */
  fieldMessage(path: string): string | undefined {
    return this.fieldErrors[path]?.[0];
  }
}

export const signInAgainMessage = "Your sign-in has expired or was refused. Sign in again, then retry.";
export const networkMessage = "MentorScheduler could not be reached. Check your connection and try again.";

export function busyMessage(seconds: number | undefined): string {
  return seconds === undefined
    ? "Microsoft 365 is busy, try again in a few seconds."
    : `Microsoft 365 is busy, try again in ${seconds} s.`;
}

/** `cadence.DurationMinutes`, `$.cadence.durationMinutes` or `Cadence.DurationMinutes` → `cadence.durationMinutes`. */
export function fieldPath(key: string): string {
  return key
    .replace(/^\$\.?/, "")
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toLowerCase() + part.slice(1))
    .join(".");
}

/** Retry-After as seconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: Date = new Date()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** Builds the problem for a failed response, whatever its body (problem JSON, other JSON, text or nothing). */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  const status = response.status;
  const retryAfterSeconds = parseRetryAfter(response.headers.get("Retry-After"));
  let body: ProblemBody = {};
  const type = response.headers.get("Content-Type") ?? "";
  if (type.includes("json")) {
    try {
      body = ((await response.json()) ?? {}) as ProblemBody;
    } catch {
      body = {};
    }
  }

  const fieldErrors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(body.errors ?? {})) {
    const messages = (Array.isArray(value) ? value : [value]).filter((m): m is string => typeof m === "string" && m.length > 0);
    if (messages.length === 0) continue;
    const path = fieldPath(key);
    fieldErrors[path] = [...(fieldErrors[path] ?? []), ...messages];
  }

  return new ApiProblem({
    status,
    title: body.title ?? (response.statusText || "Request failed"),
    message: messageFor(status, body, fieldErrors, retryAfterSeconds),
    code: body.code,
    fieldErrors,
    retryAfterSeconds,
    currentETag: typeof body.currentETag === "string" ? body.currentETag : (status === 412 ? response.headers.get("ETag") ?? undefined : undefined),
  });
}

function messageFor(status: number, body: ProblemBody, fieldErrors: Record<string, string[]>, retryAfter: number | undefined): string {
  if (status === 401) return signInAgainMessage;
  if (status === 503 || status === 429) return busyMessage(retryAfter);
  if (status === 412)
    return "Someone saved a newer version while you were editing. Your text is kept: compare it with theirs, then save again.";
  if (status === 428)
    return "These notes were saved by someone else before you opened them. Your text is kept: compare it with the saved version, then save again.";
  const fields = Object.values(fieldErrors).flat();
  if (body.detail && fields.length === 0) return body.detail;
  if (fields.length > 0) {
    const lead = body.title && !/^One or more validation errors/i.test(body.title) ? body.title : "Some fields need attention";
    return `${lead}: ${fields.join(" ")}`;
  }
  if (body.detail) return body.detail;
  if (status === 403) return "You are not allowed to do this.";
  if (status === 404) return "That was not found; it may have been removed, or you may not have access to it.";
  if (status >= 500) return "Something went wrong on our side. Nothing was saved; try again.";
  return body.title ?? `The request failed (${status}).`;
}

/** The words to show a person for a failure: its message when it has one (an ApiProblem says what to do), else `fallback`. */
export function messageOf(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}
