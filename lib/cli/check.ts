/**
 * npm run check -- path/to/disclosure.json [--json]
 * Checks a whole published disclosure (fixture format, amounts in 万元): every table rule, and every
 * fact of its text, headings and 绩效 figures against the tables (docs/domain/published-checks.md).
 * Exit 0: no unexplained error; 1: an error; 2: the file cannot be read (the field and the reason).
 */
import { checkFixtureFile } from "../fixture/file";

const args = process.argv.slice(2).filter((arg) => arg !== "--");
const json = args.includes("--json");
const path = args.find((arg) => !arg.startsWith("--"));
if (!path) {
  console.error("用法：npm run check -- <决算公开数据文件.json> [--json]");
  process.exit(2);
}
const result = checkFixtureFile(path, { json });
if (json) console.log(JSON.stringify(result.json, null, 2));
else for (const line of result.lines) (result.exitCode === 2 ? console.error : console.log)(line);
process.exit(result.exitCode);
