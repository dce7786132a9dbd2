/**
 * Rounds of talks: a numbered meeting opens a series that later meetings continue (same
 * parties and topic, some weeks later) for up to twelve rounds. The last 200 series stay
 * open.
 */
import { LAST_DAY } from "./dates.ts";
import type { Side } from "./parties.ts";
import type { Random } from "./random.ts";
import type { TopicNode } from "./world.ts";

export interface Series {
  sides: Side[];
  topic: TopicNode;
  lastId: string;
  lastRound: number;
  lastDay: number;
}

const MAX_ROUND = 12;
const MAX_OPEN = 200;
/** The longest gap between two rounds, in days. */
export const MAX_ROUND_GAP = 120;

export class OpenSeries {
  private readonly open: Series[] = [];
  private readonly random: Random;

  constructor(random: Random) {
    this.random = random;
  }

  /** One meeting in ten continues an open series (one with room before the period ends). */
  continue(): Series | undefined {
    const { open, random } = this;
    if (open.length === 0 || !random.chance(0.1)) return undefined;
    const index = random.int(0, open.length - 1);
    const series = open[index];
    if (!series || series.lastDay + MAX_ROUND_GAP > LAST_DAY) {
      open.splice(index, 1);
      return undefined;
    }
    return series;
  }

  /** Records a meeting with a round: the next round of `series`, or a new series. */
  remember(
    series: Series | undefined,
    meeting: { sides: Side[]; topic: TopicNode; id: string; round: number; day: number },
  ): void {
    const { sides, topic, id, round, day } = meeting;
    if (series) {
      series.lastId = id;
      series.lastRound = round;
      series.lastDay = day;
      if (round >= MAX_ROUND) this.open.splice(this.open.indexOf(series), 1);
      return;
    }
    this.open.push({ sides, topic, lastId: id, lastRound: round, lastDay: day });
    if (this.open.length > MAX_OPEN) this.open.shift();
  }
}
