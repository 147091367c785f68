#ifndef CODICIL_PATH_EXCHANGE_H
#define CODICIL_PATH_EXCHANGE_H

/// Swaps the files or folders at two paths in one atomic step (Linux's renameat2 with
/// RENAME_EXCHANGE). Returns 0, or -1 with errno set; errno is ENOSYS where the system has no
/// such call, and EINVAL where the file system cannot do it.
int codicil_exchange_paths(const char *first, const char *second);

#endif
