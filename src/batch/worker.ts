// Worker thread: converts the chunks of files the pool hands it, one file at a time, and posts
// each file's result as soon as it is done (the pool times each file from the previous result).
// The parser is loaded before the worker says it is ready, so a file's time budget never pays for
// the thread's start.
import { parentPort } from "node:worker_threads";
import { convert, type ConvertTask } from "./convert.js";

await import("../parse.js");
let work = Promise.resolve();
parentPort!.on("message", (tasks: ConvertTask[]) => {
  work = work.then(async () => {
    for (const task of tasks) parentPort!.postMessage(await convert(task));
  });
});
parentPort!.postMessage("ready");
