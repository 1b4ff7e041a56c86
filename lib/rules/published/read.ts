/**
 * Reading the facts a published document states (docs/domain/disclosure-json.md): typed
 * accessors over the exact JSON, each knowing its path, so a wrong type stops the check with
 * the field and the reason instead of being skipped or guessed at.
 */
import { JsonNumber, wanTokenToHundredths, type JsonValue } from "../../fixture/json";

/** The document cannot be read as a disclosure; the message names the field. */
export class DocumentFormatError extends Error {}

/** A printed 万元 figure: its hundredths and the text as written. */
export interface PrintedAmount {
  readonly hundredths: bigint;
  readonly raw: string;
}

/** A printed percentage without its % sign: the value and how many decimals it shows. */
export interface PrintedPercent {
  readonly value: number;
  readonly decimals: number;
  readonly raw: string;
}

type JsonObject = { readonly [key: string]: JsonValue };

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof JsonNumber);
}

export class Facts {
  private constructor(
    private readonly value: JsonObject,
    readonly path: string,
  ) {}

  /** The object at `path`; an empty one when the document leaves it out. */
  static of(value: JsonValue | undefined, path: string): Facts {
    if (value === undefined || value === null) return new Facts({}, path);
    if (!isObject(value)) throw new DocumentFormatError(`${path}：应为对象`);
    return new Facts(value, path);
  }

  has(key: string): boolean {
    return Object.hasOwn(this.value, key) && this.value[key] !== null;
  }

  keys(): string[] {
    return Object.keys(this.value);
  }

  private at(key: string): JsonValue | undefined {
    return Object.hasOwn(this.value, key) ? this.value[key] : undefined;
  }

  private fail(key: string, reason: string): never {
    throw new DocumentFormatError(`${this.path}.${key}：${reason}`);
  }

  object(key: string): Facts | undefined {
    const v = this.at(key);
    if (v === undefined || v === null) return undefined;
    if (!isObject(v)) this.fail(key, "应为对象");
    return new Facts(v, `${this.path}.${key}`);
  }

  objects(key: string): Facts[] {
    const v = this.at(key);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(key, "应为数组");
    return v.map((item, i) => {
      if (!isObject(item)) throw new DocumentFormatError(`${this.path}.${key}[${i}]：应为对象`);
      return new Facts(item, `${this.path}.${key}[${i}]`);
    });
  }

  strings(key: string): string[] {
    const v = this.at(key);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== "string")) this.fail(key, "应为文字的数组");
    return v as string[];
  }

  amount(key: string): PrintedAmount | undefined {
    const v = this.at(key);
    if (v === undefined || v === null) return undefined;
    if (!(v instanceof JsonNumber)) this.fail(key, "应为数字（万元）");
    const hundredths = wanTokenToHundredths(v);
    if (hundredths === null) this.fail(key, `金额「${v.raw}」应为最多两位小数的万元数`);
    return { hundredths, raw: v.raw };
  }

  percent(key: string): PrintedPercent | undefined {
    const v = this.at(key);
    if (v === undefined || v === null) return undefined;
    if (!(v instanceof JsonNumber)) this.fail(key, "应为数字（百分比，不含 % 号）");
    const match = /^-?\d+(?:\.(\d+))?$/.exec(v.raw);
    if (!match) this.fail(key, `百分比「${v.raw}」应为普通小数`);
    return { value: Number(v.raw), decimals: match[1]?.length ?? 0, raw: v.raw };
  }

  count(key: string): number | undefined {
    const v = this.at(key);
    if (v === undefined || v === null) return undefined;
    if (!(v instanceof JsonNumber) || !/^\d+$/.test(v.raw)) this.fail(key, "应为非负整数");
    return Number(v.raw);
  }

  text(key: string): string | undefined {
    const v = this.at(key);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "string") this.fail(key, "应为文字");
    return v;
  }

  flag(key: string): boolean | undefined {
    const v = this.at(key);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "boolean") this.fail(key, "应为 true 或 false");
    return v;
  }

  /** The counts of an object like `vehicles: {领导干部用车: 1, …}`. */
  counts(key: string): Map<string, number> {
    const o = this.object(key);
    const out = new Map<string, number>();
    if (!o) return out;
    for (const k of o.keys()) {
      const n = o.count(k);
      if (n !== undefined) out.set(k, n);
    }
    return out;
  }
}

/** Every string in a JSON value with its path, for the placeholder check. */
export function* stringsIn(value: JsonValue | undefined, path: string): Generator<{ path: string; text: string }> {
  if (typeof value === "string") yield { path, text: value };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* stringsIn(v, `${path}[${i}]`);
  else if (isObject(value)) for (const k of Object.keys(value)) yield* stringsIn(value[k], path ? `${path}.${k}` : k);
}
