%% The io module: formatting happens in the calling process (so errors are
%% raised where erl raises them), the characters travel to the io device
%% (the group leader by default) by the io protocol.
-module(io).
-export([format/1, format/2, format/3, fwrite/1, fwrite/2, fwrite/3,
         put_chars/1, put_chars/2, nl/0, nl/1, write/1, write/2,
         get_line/1, get_line/2, get_chars/2, get_chars/3,
         read/1, read/2, fread/2, fread/3,
         scan_erl_exprs/1, scan_erl_exprs/2, scan_erl_exprs/3, scan_erl_exprs/4,
         scan_erl_form/1, scan_erl_form/2, scan_erl_form/3, scan_erl_form/4,
         parse_erl_exprs/1, parse_erl_exprs/2, parse_erl_exprs/3, parse_erl_exprs/4,
         parse_erl_form/1, parse_erl_form/2, parse_erl_form/3, parse_erl_form/4,
         columns/0, columns/1, rows/0, rows/1,
         getopts/0, getopts/1, setopts/1, setopts/2, printable_range/0,
         request/1, request/2, requests/1, requests/2]).

format(Format) -> do_format(default_output(), Format, [], [Format]).
format(Format, Args) -> do_format(default_output(), Format, Args, [Format, Args]).
format(Dev, Format, Args) -> do_format(Dev, Format, Args, [Dev, Format, Args]).

fwrite(Format) -> format(Format).
fwrite(Format, Args) -> format(Format, Args).
fwrite(Dev, Format, Args) -> format(Dev, Format, Args).

%% Errors are raised by tail calls, so that no frame of this module is on
%% the stack: erl shows the io function the user called on top of the
%% caller's frames.
%% As io.erl, the request carries the format and its arguments, and the io
%% server formats them (what a tracer or a user's own io server sees).
%% When it cannot, the error says why: the format, or else the device.
do_format(Dev, Format, Args, CallArgs) ->
    case do_request(Dev, {put_chars, unicode, io_lib, format, [Format, Args]}) of
        {io_error, Reason} -> erlts_io:raise_io_error(format, CallArgs, {io, Reason});
        {error, Reason} -> format_failed(Format, Args, CallArgs, Reason);
        Other -> Other
    end.

format_failed(Format, Args, CallArgs, Reason) ->
    case erlts_io:format_chars(Format, Args) of
        error -> erlts_io:raise_format_error(Format, Args, CallArgs);
        _ -> erlts_io:raise_io_error(format, CallArgs, {device, Reason})
    end.

put_chars(Chars) -> put_chars(default_output(), Chars, [Chars]).
put_chars(Dev, Chars) -> put_chars(Dev, Chars, [Dev, Chars]).

put_chars(Dev, Chars, CallArgs) ->
    case erlts_io:chars_to_binary(Chars) of
        error -> erlts_io:raise_io_error(put_chars, CallArgs, {device, put_chars});
        Bin -> o_request(Dev, {put_chars, unicode, Bin}, put_chars, CallArgs)
    end.

%% nl is no io request: io.erl sends put_chars (an erl group on another
%% node answers a bare nl with {error, request}).
nl() -> o_request(default_output(), {put_chars, unicode, "\n"}, nl, []).
nl(Dev) -> o_request(Dev, {put_chars, unicode, "\n"}, nl, [Dev]).

write(Term) -> o_request(default_output(), {put_chars, unicode, io_lib:write(Term)}, write, [Term]).
write(Dev, Term) ->
    o_request(Dev, {put_chars, unicode, io_lib:write(Term)}, write, [Dev, Term]).

get_line(Prompt) -> get_line(default_input(), Prompt).
get_line(Dev, Prompt) -> request(Dev, {get_line, unicode, Prompt}).

get_chars(Prompt, N) -> get_chars(default_input(), Prompt, N).
get_chars(Dev, Prompt, N) -> request(Dev, {get_chars, unicode, Prompt, N}).

read(Prompt) -> read(default_input(), Prompt).
read(Dev, Prompt) ->
    case request(Dev, {get_until, unicode, Prompt, erl_scan, tokens, [1]}) of
        {ok, Tokens, _EndLine} -> erlts_io:parse_term(Tokens);
        {error, E, _EndLocation} -> {error, E};
        {eof, _} -> eof;
        Other -> Other
    end.

%% io_lib:fread's reading runs in the io server, which keeps what follows
%% the last field for the next read.
fread(Prompt, Format) -> fread(default_input(), Prompt, Format).
fread(Dev, Prompt, Format) -> request(Dev, {get_until, unicode, Prompt, io_lib, fread, [Format]}).

%% Reading Erlang source: the io server scans up to a dot (erl_scan's
%% tokens/3 as a get_until request); exprs and forms differ only in what
%% the parse variants hand the tokens to. The start location and the
%% scanner options go with the request.
scan_erl_exprs(Prompt) -> scan_erl_exprs(default_input(), Prompt, 1).
scan_erl_exprs(Dev, Prompt) -> scan_erl_exprs(Dev, Prompt, 1).
scan_erl_exprs(Dev, Prompt, Location) -> scan_erl_exprs(Dev, Prompt, Location, []).
scan_erl_exprs(Dev, Prompt, Location, Options) -> scan_tokens(Dev, Prompt, Location, Options).

scan_erl_form(Prompt) -> scan_erl_form(default_input(), Prompt, 1).
scan_erl_form(Dev, Prompt) -> scan_erl_form(Dev, Prompt, 1).
scan_erl_form(Dev, Prompt, Location) -> scan_erl_form(Dev, Prompt, Location, []).
scan_erl_form(Dev, Prompt, Location, Options) -> scan_tokens(Dev, Prompt, Location, Options).

parse_erl_exprs(Prompt) -> parse_erl_exprs(default_input(), Prompt, 1).
parse_erl_exprs(Dev, Prompt) -> parse_erl_exprs(Dev, Prompt, 1).
parse_erl_exprs(Dev, Prompt, Location) -> parse_erl_exprs(Dev, Prompt, Location, []).
parse_erl_exprs(Dev, Prompt, Location, Options) ->
    parse_tokens(scan_tokens(Dev, Prompt, Location, Options), fun erl_parse:parse_exprs/1).

parse_erl_form(Prompt) -> parse_erl_form(default_input(), Prompt, 1).
parse_erl_form(Dev, Prompt) -> parse_erl_form(Dev, Prompt, 1).
parse_erl_form(Dev, Prompt, Location) -> parse_erl_form(Dev, Prompt, Location, []).
parse_erl_form(Dev, Prompt, Location, Options) ->
    parse_tokens(scan_tokens(Dev, Prompt, Location, Options), fun erl_parse:parse_form/1).

scan_tokens(Dev, Prompt, Location, Options) ->
    request(Dev, {get_until, unicode, Prompt, erl_scan, tokens, [Location, Options]}).

%% A parse error keeps the scan's end location; eof and scan errors pass.
parse_tokens({ok, Tokens, EndLocation}, Parse) ->
    case Parse(Tokens) of
        {ok, Parsed} -> {ok, Parsed, EndLocation};
        {error, ErrorInfo} -> {error, ErrorInfo, EndLocation}
    end;
parse_tokens(Other, _Parse) -> Other.

columns() -> columns(default_output()).
columns(Dev) ->
    case request(Dev, {get_geometry, columns}) of
        N when is_integer(N), N > 0 -> {ok, N};
        _ -> {error, enotsup}
    end.
rows() -> rows(default_output()).
rows(Dev) ->
    case request(Dev, {get_geometry, rows}) of
        N when is_integer(N), N > 0 -> {ok, N};
        _ -> {error, enotsup}
    end.

getopts() -> getopts(default_input()).
getopts(Dev) -> request(Dev, getopts).
setopts(Opts) -> setopts(default_input(), Opts).
setopts(Dev, Opts) -> request(Dev, {setopts, Opts}).

printable_range() -> latin1.

request(Req) -> request(default_output(), Req).
request(Dev, Req) ->
    case do_request(Dev, Req) of
        {io_error, Reason} -> {error, Reason};
        Reply -> Reply
    end.

%% {io_error, Why} when the request never reached a device (no such
%% device, it died, it is the caller), else the device's reply.
do_request(standard_io, Req) -> do_request(group_leader(), Req);
do_request(standard_error, Req) -> do_request(erlts_io:standard_error(), Req);
do_request(Name, Req) when is_atom(Name) ->
    case whereis(Name) of
        undefined -> {io_error, arguments};
        Pid -> do_request(Pid, Req)
    end;
do_request(Pid, _Req) when Pid =:= self() -> {io_error, calling_self};
do_request(Pid, Req) when is_pid(Pid) ->
    Mref = erlang:monitor(process, Pid),
    Pid ! {io_request, self(), Mref, Req},
    receive
        {io_reply, Mref, Reply} ->
            erlang:demonitor(Mref, [flush]),
            Reply;
        {'DOWN', Mref, _, _, _} ->
            receive {'EXIT', Pid, _What} -> true after 0 -> true end,
            {io_error, terminated}
    end;
do_request(_, _) -> {io_error, arguments}.

requests(Reqs) -> requests(default_output(), Reqs).
requests(Dev, Reqs) -> request(Dev, {requests, [io_request(R) || R <- Reqs]}).

%% As io.erl's io_requests/2: the shorthands become io protocol requests.
io_request(nl) -> {put_chars, unicode, "\n"};
io_request({format, F, A}) -> {put_chars, unicode, io_lib, format, [F, A]};
io_request({fwrite, F, A}) -> {put_chars, unicode, io_lib, format, [F, A]};
io_request(R) -> R.

o_request(Dev, Req, Name, CallArgs) ->
    case do_request(Dev, Req) of
        {io_error, Reason} -> erlts_io:raise_io_error(Name, CallArgs, {io, Reason});
        {error, Reason} -> erlts_io:raise_io_error(Name, CallArgs, {device, Reason});
        Other -> Other
    end.

default_output() -> group_leader().
default_input() -> group_leader().
