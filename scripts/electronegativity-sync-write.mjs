// Preloaded into electronegativity's process by security-scan.mjs. Its CSV report writes the
// header (truncating the file) and the findings (appending) as two asynchronous writes that
// race: on a busy machine the header sometimes lands over the findings, and the scan read a
// garbled row or none at all. Done synchronously, in the order they are called, they cannot.
import fs from 'node:fs';

fs.writeFile = (file, data, options, callback) => {
  const done = typeof options === 'function' ? options : callback;
  try {
    fs.writeFileSync(file, data, typeof options === 'function' ? undefined : options);
    if (done) process.nextTick(done, null);
  } catch (error) {
    if (done) process.nextTick(done, error);
    else throw error;
  }
};
