// badarg from ets BIFs with the `*** argument N:` explanations erl prints.
// BEAM raises with a "cause" (why the table argument failed, or which other
// argument was wrong) and stdlib's error formatter turns cause plus
// arguments into per-argument texts; this file does both halves.

import { A, Atom, Cons, NIL, Pid, Ref, type Term } from '../../terms/types.js';
import { ErlException, type ErrorInfo } from '../../terms/exception.js';
import { ErlMap } from '../../terms/map.js';

export type Cause = 'none' | 'type' | 'id' | 'access' | 'table_type' | 'badkey' | 'keypos' | 'position' | 'owner' | 'not_owner' | 'already_exists';

const TEXT: Record<string, string> = {
  already_owner: 'the process is already the owner of the table',
  bad_boolean: 'not a boolean value',
  bad_continuation: 'invalid continuation',
  bad_info_item: 'not a valid info item',
  bad_key: 'not a key that exists in the table',
  bad_matchspec: 'not a valid match specification',
  bad_options: 'invalid options',
  bad_table_name: 'invalid table name (must be an atom)',
  bad_update_op: 'not a valid update operation',
  counter_not_integer: 'the value in the given position, in the object, is not an integer',
  dead_process: 'the pid refers to a terminated process',
  empty_tuple: 'is an empty tuple',
  name_already_exists: 'table name already exists',
  not_atom: 'not an atom',
  not_integer: 'not an integer',
  not_list: 'not a list',
  not_proper_list: 'not a proper list',
  not_owner: 'the current process is not the owner',
  not_pid: 'not a pid',
  not_tuple: 'not a tuple',
  not_tuple_or_list: 'not a non-empty tuple or a list of non-empty tuples',
  range: 'out of range',
  same_as_keypos: 'the position is the same as the key position',
  update_op_range: 'the position in the update operation is out of range',
  position_too_big: 'position is greater than the size of the object',
  bad_element_spec: 'is not a valid element specification',
};

function tableText(args: Term[], cause: Cause): string {
  switch (cause) {
    case 'type':
      return args[0] instanceof Ref ? 'not a valid table identifier' : 'not an atom or a table identifier';
    case 'id':
      return 'the table identifier does not refer to an existing ETS table';
    case 'access':
      return 'the table identifier refers to an ETS table with insufficient access rights';
    case 'table_type':
      return 'the table identifier refers to an ETS table of a type not supported by this operation';
    default:
      return '';
  }
}

const isTupleN = (t: Term): boolean => Array.isArray(t) && t.length > 0;

function tupleErr(t: Term): string {
  return isTupleN(t) ? '' : Array.isArray(t) ? 'empty_tuple' : 'not_tuple';
}

function objectsErr(t: Term): string {
  if (Array.isArray(t)) return t.length > 0 ? '' : 'empty_tuple';
  if (t instanceof Cons || t === NIL) {
    let l: Term = t;
    while (l instanceof Cons) {
      if (!isTupleN(l.head)) return 'not_tuple_or_list';
      l = l.tail;
    }
    return l === NIL ? '' : 'not_tuple_or_list';
  }
  return 'not_tuple';
}

function posErr(n: Term): string {
  if (typeof n !== 'number' && typeof n !== 'bigint') return 'not_integer';
  return n < 1 ? 'range' : '';
}

function isUpdateOp(t: Term): boolean {
  const int = (x: Term | undefined) => typeof x === 'number' || typeof x === 'bigint';
  if (int(t)) return true;
  if (!Array.isArray(t)) return false;
  if (t.length === 2) return int(t[0]) && int(t[1]);
  if (t.length === 4) return t.every((x) => int(x));
  return false;
}

function isUpdateOpTop(t: Term): boolean {
  if (t instanceof Cons || t === NIL) {
    let l: Term = t;
    while (l instanceof Cons) {
      if (!isUpdateOp(l.head)) return false;
      l = l.tail;
    }
    return l === NIL;
  }
  return isUpdateOp(t);
}

function isElementSpec(t: Term): boolean {
  return Array.isArray(t) && t.length === 2 && typeof t[0] === 'number' && t[0] > 0;
}
function isElementSpecTop(t: Term): boolean {
  if (t instanceof Cons || t === NIL) {
    let l: Term = t;
    while (l instanceof Cons) {
      if (!isElementSpec(l.head)) return false;
      l = l.tail;
    }
    return true;
  }
  return isElementSpec(t);
}

/** erl's error list for fn(args) failing with cause: one entry per argument, '' = fine. */
function explain(fn: string, args: Term[], cause: Cause, validMs: boolean): string[] {
  const tab = tableText(args, cause);
  const dflt = (d: string) => (tab === '' ? ['', d] : [tab]);
  switch (fn) {
    case 'delete_object':
      return [tab, tupleErr(args[1]!)];
    case 'give_away': {
      if (cause === 'owner') return [tab, 'already_owner'];
      if (cause === 'not_owner') return [tab, 'not_owner'];
      const pid = args[1]!;
      return [tab, pid instanceof Pid ? (tab === '' ? 'dead_process' : '') : 'not_pid'];
    }
    case 'info':
      return dflt('bad_info_item');
    case 'insert':
    case 'insert_new':
      return [tab, objectsErr(args[1]!)];
    case 'lookup_element': {
      const pe = posErr(args[2]!);
      if (cause === 'badkey') return [tab, 'bad_key', pe];
      if (tab === '' && pe === '') return ['', '', 'position_too_big'];
      return [tab, '', pe];
    }
    case 'next':
    case 'prev':
      return dflt('bad_key');
    case 'new': {
      const nameErr = args[0] instanceof Atom ? '' : 'not_atom';
      const o = args[1]!;
      let optsErr = '';
      if (!(o instanceof Cons || o === NIL)) optsErr = 'not_list';
      else {
        let l: Term = o;
        while (l instanceof Cons) l = l.tail;
        if (l !== NIL) optsErr = 'not_proper_list';
      }
      if (nameErr === '' && optsErr === '') return cause === 'already_exists' ? ['name_already_exists'] : ['', 'bad_options'];
      return [nameErr, optsErr];
    }
    case 'rename': {
      const r = [tab, args[1] instanceof Atom ? '' : 'bad_table_name'];
      return r[0] === '' && r[1] === '' ? ['', 'name_already_exists'] : r;
    }
    case 'safe_fixtable':
      return dflt('bad_boolean');
    case 'select':
    case 'select_count':
    case 'select_reverse':
    case 'select_delete':
    case 'internal_select_delete':
    case 'select_replace':
      if (args.length === 1) return ['bad_continuation'];
      if (args.length === 3) return [tab, validMs ? '' : 'bad_matchspec', posErr(args[2]!)];
      return dflt('bad_matchspec');
    case 'match':
    case 'match_object':
      if (args.length === 1) return ['bad_continuation'];
      if (args.length === 3) return [tab, '', posErr(args[2]!)];
      return [tab];
    case 'update_counter': {
      const op = args[2]!;
      if (args.length === 3) {
        if (cause === 'badkey') return [tab, 'bad_key', isUpdateOpTop(op) ? '' : 'bad_update_op'];
        if (cause === 'keypos') return [tab, '', 'same_as_keypos'];
        if (cause === 'position') return [tab, '', 'update_op_range'];
        if (cause === 'none') return [tab, '', isUpdateOpTop(op) ? 'counter_not_integer' : 'bad_update_op'];
        return [tab, '', isUpdateOpTop(op) ? '' : 'bad_update_op'];
      }
      if (tab !== '') return [tab];
      const tup = tupleErr(args[3]!);
      if (cause === 'badkey') return ['', 'bad_key', isUpdateOpTop(op) ? '' : 'bad_update_op', tup];
      if (cause === 'keypos') return ['', '', 'same_as_keypos', tup];
      if (cause === 'position') return ['', '', 'update_op_range'];
      const opErr = isUpdateOpTop(op) ? '' : 'bad_update_op';
      if (opErr === '' && tup === '') return ['', '', 'counter_not_integer'];
      return ['', '', opErr, tup];
    }
    case 'update_element': {
      if (cause === 'keypos') return [tab, '', 'same_as_keypos'];
      if (isElementSpecTop(args[2]!)) return [tab, '', tab === '' ? 'range' : ''];
      return [tab, '', 'bad_element_spec'];
    }
    case 'whereis':
      return ['bad_table_name'];
    default:
      return [tab];
  }
}

/** The badarg ets:fn(args) raises for `cause`. */
export function etsError(fn: string, args: Term[], cause: Cause, validMs = true): ErlException {
  const argErrors: NonNullable<ErrorInfo['argErrors']> = {};
  explain(fn, args, cause, validMs).forEach((e, i) => {
    if (e !== '') argErrors[i + 1] = TEXT[e] ?? e;
  });
  // BEAM's frame of the BIF carries the cause for erl_stdlib_errors (none when it gave no cause).
  let errorInfo = STDLIB_ERRORS;
  if (cause !== 'none') errorInfo = errorInfo.set(Atom.of('cause'), Atom.of(cause));
  return new ErlException('error', A.badarg, { module: 'ets', function: fn, args, argErrors, errorInfo });
}

const STDLIB_ERRORS = ErlMap.EMPTY.set(Atom.of('module'), Atom.of('erl_stdlib_errors'));
