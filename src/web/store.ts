// State a React page subscribes to (useSyncExternalStore): replaced, never mutated, on every
// change, so React sees it; listeners told after each.
export class Store<S extends object> {
  private readonly listeners = new Set<() => void>();

  constructor(private state: S) {}

  getState = (): S => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  protected update(change: Partial<S>): void {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((l) => l());
  }
}
