/** Progress of a load on stderr: meetings done, rows per second, and the time left. */
export class Progress {
  private readonly total: number;
  private readonly log: (line: string) => void;
  private readonly started = performance.now();
  private lastReport = performance.now();
  private rows = 0;
  meetingsDone = 0;

  constructor(totalMeetings: number, log: (line: string) => void) {
    this.total = totalMeetings;
    this.log = log;
  }

  add(rows: number): void {
    this.rows += rows;
    const now = performance.now();
    if (now - this.lastReport >= 5000) {
      this.lastReport = now;
      this.report(now);
    }
  }

  finish(): void {
    this.report(performance.now());
  }

  private report(now: number): void {
    const seconds = (now - this.started) / 1000;
    const rate = this.rows / Math.max(seconds, 0.001);
    const fraction = this.meetingsDone / this.total;
    const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : Number.NaN;
    this.log(
      `generate: ${this.meetingsDone.toLocaleString("en")}/${this.total.toLocaleString("en")} meetings (${(fraction * 100).toFixed(1)}%), ${this.rows.toLocaleString("en")} rows, ${Math.round(rate).toLocaleString("en")} rows/s, ${Number.isNaN(eta) ? "ETA unknown" : `ETA ${Math.round(eta)} s`}`,
    );
  }
}
