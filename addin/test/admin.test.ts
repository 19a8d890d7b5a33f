import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { errorPosition, offsetOf } from "../src/admin/templateEditor";

describe("template errors", () => {
  it("reads the line and column the API names, and finds that place in the template", () => {
    const template = "<ul>\n{{ for item in discussion_items }}\n<li>{{ item.text }}</li>\n";
    const at = errorPosition("Line 3, column 5: the for loop has no end");
    assert.deepEqual(at, { line: 3, column: 5 });
    assert.equal(template.slice(offsetOf(template, 3, 5)).startsWith("{{ item.text }}"), true);
    assert.equal(errorPosition("The template has errors"), undefined);
    assert.equal(offsetOf("one line", 9, 1), "one line".length);
  });
});
