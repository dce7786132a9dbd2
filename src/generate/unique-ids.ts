/** Ids stay unique: a second "Ali Rezaei" becomes person:ali-rezaei-2. */
export class UniqueIds {
  private readonly seen = new Map<string, number>();

  take(id: string): string {
    const count = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  }
}
