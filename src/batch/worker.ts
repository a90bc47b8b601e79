// Worker thread: converts the files the pool hands it, one at a time.
import { parentPort } from "node:worker_threads";
import { convert, type ConvertTask } from "./convert.js";

parentPort!.on("message", async (task: ConvertTask) => {
  parentPort!.postMessage(await convert(task));
});
