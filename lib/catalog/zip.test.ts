import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { inspectZip } from "./zip";

/** A one-entry ZIP whose headers may lie about the inflated size. */
function zipOf(content: Buffer, declaredSize = content.byteLength, method = 8): Uint8Array {
  const data = method === 8 ? deflateRawSync(content) : content;
  const name = Buffer.from("xl/sheet1.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(data.byteLength, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(name.byteLength, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(data.byteLength, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(name.byteLength, 28);
  central.writeUInt32LE(0, 42);
  const directoryOffset = local.byteLength + name.byteLength + data.byteLength;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.byteLength + name.byteLength, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

describe("inspectZip", () => {
  it("accepts an honest archive and reports its real size", () => {
    expect(inspectZip(zipOf(Buffer.from("<sheet/>".repeat(100))), 10_000)).toEqual({ ok: true, uncompressedBytes: 800 });
    expect(inspectZip(zipOf(Buffer.from("abc"), 3, 0), 10)).toEqual({ ok: true, uncompressedBytes: 3 });
  });

  it("refuses an entry that inflates past the budget although its header claims 1,000 bytes", () => {
    const bomb = zipOf(Buffer.alloc(50 * 1024 * 1024), 1000);
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    expect(inspectZip(bomb, 1024 * 1024)).toEqual({ ok: false, reason: "too-large" });
  });

  it("refuses what is not a ZIP or is damaged", () => {
    expect(inspectZip(new TextEncoder().encode("code,name\n201,一般公共服务支出\n"), 1000)).toEqual({ ok: false, reason: "not-zip" });
    const damaged = zipOf(Buffer.from("<sheet/>".repeat(100)));
    damaged.fill(0xff, 40, 60);
    expect(inspectZip(damaged, 10_000)).toEqual({ ok: false, reason: "not-zip" });
    expect(inspectZip(zipOf(Buffer.from("abc"), 3, 12), 10)).toEqual({ ok: false, reason: "not-zip" });
  });
});
