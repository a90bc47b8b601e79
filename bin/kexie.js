#!/usr/bin/env node
// The bundle of the command line (scripts/bundle.js, built by npm run build): one entry file and
// the chunks the command needs, instead of every module of dist/ one by one.
import { main } from "../dist/bundle/main.js";

await main(process.argv);
