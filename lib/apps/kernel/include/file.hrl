%% kernel/include/file.hrl: the records of the file module, as OTP defines
%% them (the same fields in the same order, so that file:read_file_info/1's
%% tuple reads as #file_info{}).
-ifndef(FILE_HRL_).
-define(FILE_HRL_, 1).

%% What file:read_file_info/1,2 returns. Times are local
%% {{Year, Month, Day}, {Hour, Minute, Second}} unless asked otherwise.
-record(file_info,
        {size :: non_neg_integer() | 'undefined',
         type :: 'device' | 'directory' | 'other' | 'regular' | 'symlink' | 'undefined',
         access :: 'read' | 'write' | 'read_write' | 'none' | 'undefined',
         atime :: file:date_time() | non_neg_integer() | 'undefined',
         mtime :: file:date_time() | non_neg_integer() | 'undefined',
         ctime :: file:date_time() | non_neg_integer() | 'undefined',
         mode :: non_neg_integer() | 'undefined',
         links :: non_neg_integer() | 'undefined',
         major_device :: non_neg_integer() | 'undefined',
         minor_device :: non_neg_integer() | 'undefined',
         inode :: non_neg_integer() | 'undefined',
         uid :: non_neg_integer() | 'undefined',
         gid :: non_neg_integer() | 'undefined'}).

%% A file opened by a module other than the file server.
-record(file_descriptor,
        {module :: module(),
         data :: term()}).

-endif.
