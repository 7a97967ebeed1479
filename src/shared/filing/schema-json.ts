// Duplicate keys in a .jsgk file. JSON.parse keeps the last of two equal keys without a word, so a file
// could show one figure to a reviewer's text editor and another to the app; such a file is refused.
// Runs on text JSON.parse has already accepted, so the scan can trust the grammar. Linear, no recursion.

/** The first key that appears twice in one object, with its line, or null. */
export function findDuplicateKey(text: string): { key: string; line: number } | null {
  // One entry per open container: the keys seen so far (objects) or null (arrays).
  const stack: Array<Set<string> | null> = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */) {
      stack.push(new Set());
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push(null);
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = stack[stack.length - 1] instanceof Set;
    } else if (c === 0x22 /* " */) {
      let j = i + 1;
      while (text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
      if (expectKey) {
        const keys = stack[stack.length - 1] as Set<string>;
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (keys.has(key)) return { key, line: text.slice(0, i).split('\n').length };
        keys.add(key);
        expectKey = false;
      }
      i = j;
    }
  }
  return null;
}
