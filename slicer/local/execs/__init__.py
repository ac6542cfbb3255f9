"""Exec for slicer.local: foreground (streaming, full duplex), buffered and background commands.

Commands run as real local processes of the daemon's user (or, when the daemon runs as
root, as the requested uid/gid), each in its own process group registered with its VM.
"""
