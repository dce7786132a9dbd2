// Opens (generating if needed) a scale dataset on this worktree's .data/scale and keeps it
// running until SIGTERM; writes its connection to .scratch/server-<meetings>.json.
// node .scratch/server.ts <meetings> [pageCache] [heap]
import { writeFileSync } from "node:fs";
import { openScaleDataset } from "../src/generate/scale-dataset.ts";

const meetings = Number(process.argv[2] ?? 2000);
const { target, info } = await openScaleDataset({
  meetings,
  seed: 1,
  dataRoot: "/work/wt-paths/.data/scale",
  pageCache: process.argv[3] ?? "512m",
  heap: process.argv[4] ?? "1g",
});
writeFileSync(
  `.scratch/server-${meetings}.json`,
  JSON.stringify({ uri: target.uri, username: target.username, password: target.password }),
);
console.log("ready", target.uri, JSON.stringify(info).slice(0, 300));
const stop = async () => {
  await target.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
setInterval(() => {}, 1 << 30);
