// The one reviewed place where the differential suite lets erlts print
// something other than what erl printed. Each rule is a difference erlts
// keeps on purpose; anything not named here must match byte for byte.
// Applied to erl's recorded output and to erlts's output alike.

/** Numbers values by first appearance, so equal ids stay equal and different ones differ. */
class FirstSeen {
  private readonly seen = new Map<string, number>();
  of(key: string): number {
    let n = this.seen.get(key);
    if (n === undefined) this.seen.set(key, (n = this.seen.size + 1));
    return n;
  }
}

export function normalise(text: string): string {
  const pids = new FirstSeen();
  const refs = new FirstSeen();
  return (
    text
      // Pids: the serial numbers depend on how many processes the node
      // started before (erl's boot starts a different set of processes than
      // erlts's), so only "same pid or not" is compared.
      .replace(/<(\d+)\.\d+\.\d+>/g, (pid, node: string) => `<${node}.P${pids.of(pid)}>`)
      // References: random-looking numbers in both systems.
      .replace(/#Ref<[\d.]+>/g, (ref) => `#Ref<R${refs.of(ref)}>`)
      // Fun identities: erl prints the index in the module's fun table and
      // a hash of the BEAM code (#Fun<erl_eval.42.3316493>); erlts compiles
      // to JavaScript and has neither, so only the module is compared.
      .replace(/#Fun<([^.<>\s]+)\.\d+\.\d+>/g, '#Fun<$1.F>')
  );
}
