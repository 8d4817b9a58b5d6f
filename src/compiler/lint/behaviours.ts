// Callback lists of the OTP behaviours erl_lint asks behaviour_info/1 for.
// We cannot load the behaviour modules at compile time, so the required
// (non-optional) callbacks of the common ones are written down here, as
// OTP 25.1 reports them.

export type FunctionKey = [name: string, arity: number];

const REQUIRED_CALLBACKS: Record<string, FunctionKey[]> = {
  gen_server: [
    ['init', 1],
    ['handle_call', 3],
    ['handle_cast', 2],
  ],
  gen_statem: [
    ['init', 1],
    ['callback_mode', 0],
  ],
  gen_event: [
    ['init', 1],
    ['handle_event', 2],
    ['handle_call', 2],
  ],
  supervisor: [['init', 1]],
  supervisor_bridge: [
    ['init', 1],
    ['terminate', 2],
  ],
  application: [
    ['start', 2],
    ['stop', 1],
  ],
};

/** Required callbacks of a known behaviour, or undefined for an unknown one. */
export function behaviourCallbacks(behaviour: string): FunctionKey[] | undefined {
  return REQUIRED_CALLBACKS[behaviour];
}
