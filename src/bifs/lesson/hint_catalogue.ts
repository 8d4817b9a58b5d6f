// The plain-language hints for the classic mistakes of the distribution
// chapter, in English and Chinese. Each names what went wrong and the fix.
// Placeholders are {name}; the values are filled in as erl would print them.

export type HintLanguage = 'en' | 'zh';

export type HintKey =
  | 'cookie_connect'
  | 'cookie_accept'
  | 'short_calls_long'
  | 'long_calls_short'
  | 'host_unknown'
  | 'no_epmd'
  | 'not_registered'
  | 'other_name'
  | 'unregistered_name'
  | 'remote_undef'
  | 'local_undef_missing'
  | 'local_undef_export'
  | 'erl_beam';

const EN: Record<HintKey, string> = {
  cookie_connect:
    '{node} refused us during the handshake: the two nodes have different cookies. Start both with the same -setcookie, or call erlang:set_cookie({node}, Cookie) here.',
  cookie_accept: '{node} tried to connect with a different cookie, so this node refused it. Start both nodes with the same -setcookie.',
  short_calls_long:
    'this node has a short name (-sname), so it can only reach nodes with short names; {node} is a long name. Start both nodes with -name, or both with -sname.',
  long_calls_short:
    'this node has a long name (-name), so it can only reach nodes whose host has dots or is an IP address; {node} is a short name. Start both nodes with -name, or both with -sname.',
  host_unknown:
    'this machine cannot resolve the host part of {node} ({host}). Use the host the other node shows in its prompt, e.g. (server@myhost)1>, or an IP address with -name.',
  no_epmd:
    "nothing answers at {host} on EPMD's port 4369: is a node running on that machine, and does its firewall let port 4369 and the node's own port through?",
  not_registered: 'the machine {host} has no node called {alive}; the nodes running there are: {names}. Node names are case-sensitive.',
  other_name: 'the node answering at {host} is called {actual}, not {node}. Use {actual}: the host part must be the one the node was started with.',
  unregistered_name:
    'a message for {name} arrived from {from}, but no process on this node is registered as {name}, so it was dropped (erl drops it without a word). Has the server been started here?',
  remote_undef:
    "{module} is not loaded on the node you called, so {module}:{function}/{arity} is undefined there. Run c({module}) in that node's shell, or nl({module}) here to load this node's copy on every connected node.",
  local_undef_missing:
    'no module {module} is loaded or found in the code path. Compile it with c({module}) in the directory that holds {module}.erl (pwd() shows where the shell is).',
  local_undef_export: '{module} is loaded but does not export {function}/{arity}. Check its -export([...]) list, then c({module}) again.',
  erl_beam: '{file} was compiled by real erl (erlc), and erlts cannot load BEAM code. Compile {module}.erl again in erlts with c({module}).',
};

const ZH: Record<HintKey, string> = {
  cookie_connect: '{node} 在握手时拒绝了我们：两个节点的 cookie 不一样。请用相同的 -setcookie 启动两个节点，或在这里调用 erlang:set_cookie({node}, Cookie)。',
  cookie_accept: '{node} 用了不同的 cookie 来连接，所以本节点拒绝了它。请用相同的 -setcookie 启动两个节点。',
  short_calls_long: '本节点用的是短名（-sname），只能连接同样用短名的节点；{node} 是长名。请把两个节点都用 -name 启动，或者都用 -sname。',
  long_calls_short: '本节点用的是长名（-name），只能连接主机名带点或是 IP 地址的节点；{node} 是短名。请把两个节点都用 -name 启动，或者都用 -sname。',
  host_unknown: '本机解析不了 {node} 的主机部分（{host}）。请用对方节点提示符里显示的主机名，例如 (server@myhost)1>，或者配合 -name 使用 IP 地址。',
  no_epmd: '{host} 的 EPMD 端口 4369 没有应答：那台机器上有节点在运行吗？防火墙放行了 4369 端口和节点自己的端口吗？',
  not_registered: '机器 {host} 上没有叫 {alive} 的节点；那里正在运行的节点有：{names}。节点名区分大小写。',
  other_name: '在 {host} 应答的节点叫 {actual}，不是 {node}。请用 {actual}：@ 后面的主机部分必须和节点启动时的一致。',
  unregistered_name:
    '从 {from} 来了一条发给 {name} 的消息，但本节点上没有注册名为 {name} 的进程，所以消息被丢弃了（erl 丢弃时什么也不说）。服务器在这里启动了吗？',
  remote_undef:
    '你调用的节点上没有加载 {module}，所以那里没有 {module}:{function}/{arity}。请在那个节点的 shell 里执行 c({module})，或者在这里执行 nl({module})，把本节点的版本加载到所有已连接的节点上。',
  local_undef_missing:
    '没有加载名为 {module} 的模块，代码路径里也找不到。请在 {module}.erl 所在的目录里用 c({module}) 编译它（pwd() 会显示 shell 当前所在的目录）。',
  local_undef_export: '{module} 已经加载，但没有导出 {function}/{arity}。请检查它的 -export([...]) 列表，然后再执行一次 c({module})。',
  erl_beam: '{file} 是真正的 erl（erlc）编译出来的，erlts 不能加载 BEAM 代码。请在 erlts 里用 c({module}) 重新编译 {module}.erl。',
};

const PREFIX: Record<HintLanguage, string> = { en: 'hint: ', zh: '提示：' };

/** The hint's one line, without colour, ending in a newline. */
export function hintText(lang: HintLanguage, key: HintKey, params: Record<string, string>): string {
  const template = (lang === 'zh' ? ZH : EN)[key];
  return PREFIX[lang] + template.replace(/\{([a-z]+)\}/g, (whole, name: string) => params[name] ?? whole) + '\n';
}

/** Chinese when the locale asks for it (LC_ALL, then LC_MESSAGES, then LANG, as gettext reads them). */
export function hintLanguage(env: NodeJS.ProcessEnv): HintLanguage {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh([_.-]|$)/i.test(locale) ? 'zh' : 'en';
}
