// Duplicate keys in a .jsgk file. JSON.parse keeps the last of two equal keys without a word, so a file
// could show one figure to a reviewer's text editor and another to the app; such a file is refused.
// Runs on text JSON.parse has already accepted, so the scan can trust the grammar. Linear, no recursion.

type Keys = string[] | Set<string>;
const SMALL = 16;

/** The first key that appears twice in one object, with its line, or null. */
export function findDuplicateKey(text: string): { key: string; line: number } | null {
  // One entry per open container: the keys seen so far (objects) or null (arrays). A list, searched in
  // full, while an object is small (most are: a row's few cells), a Set once it grows: a Set per object
  // cost more than the search.
  const stack: Array<Keys | null> = [];
  let expectKey = false;
  let nextEscape = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */) {
      stack.push([]);
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push(null);
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = stack[stack.length - 1] != null;
    } else if (c === 0x22 /* " */) {
      // The closing quote: the next '"' not escaped (an odd run of backslashes before it escapes it).
      let j = text.indexOf('"', i + 1);
      for (;;) {
        let b = j - 1;
        while (text.charCodeAt(b) === 0x5c /* \ */) b--;
        if ((j - 1 - b) % 2 === 0) break;
        j = text.indexOf('"', j + 1);
      }
      // The next backslash, found once and reused until passed: linear over the whole text.
      if (nextEscape <= i) {
        const e = text.indexOf('\\', i + 1);
        nextEscape = e < 0 ? Infinity : e;
      }
      const escaped = nextEscape < j;
      if (expectKey) {
        const keys = stack[stack.length - 1] as Keys;
        // Only a key with an escape needs decoding ("\u5408" and "合" are one key).
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        if (Array.isArray(keys) ? keys.includes(key) : keys.has(key)) return { key, line: text.slice(0, i).split('\n').length };
        if (!Array.isArray(keys)) keys.add(key);
        else if (keys.length < SMALL) keys.push(key);
        else stack[stack.length - 1] = new Set([...keys, key]);
        expectKey = false;
      }
      i = j;
    }
  }
  return null;
}
