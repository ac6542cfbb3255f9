"""Sans-IO core shared by the sync and async clients and by the local daemon.

Nothing in this package performs I/O or imports httpx, asyncio or socket: every function takes
values and returns values, so it can be unit-tested (and fuzzed) in isolation.
"""
