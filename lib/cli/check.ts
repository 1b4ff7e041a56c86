/**
 * npm run check -- path/to/disclosure.json
 * Runs every consistency rule on a transcribed disclosure (fixture format, amounts in 万元).
 * Exit 0: all pass or only known defects fail; 1: an unexplained error; 2: unreadable file.
 */
import { checkFixtureFile } from "../fixture/file";

const path = process.argv.slice(2).find((arg) => arg !== "--");
if (!path) {
  console.error("用法：npm run check -- <决算公开数据文件.json>");
  process.exit(2);
}
const result = checkFixtureFile(path);
for (const line of result.lines) (result.exitCode === 2 ? console.error : console.log)(line);
process.exit(result.exitCode);
