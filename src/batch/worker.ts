// Worker thread: converts the chunks of files the pool hands it, one file at a time, and posts
// each file's result as soon as it is done (the pool times each file from the previous result).
import { parentPort } from "node:worker_threads";
import { convert, type ConvertTask } from "./convert.js";

let work = Promise.resolve();
parentPort!.on("message", (tasks: ConvertTask[]) => {
  work = work.then(async () => {
    for (const task of tasks) parentPort!.postMessage(await convert(task));
  });
});
