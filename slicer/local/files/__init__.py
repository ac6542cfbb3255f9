"""The daemon side of files: ``/cp`` copies, ``/fs/*`` operations and ``/fs/watch``.

Every path in a request is a VM path, resolved under the VM's root with
:class:`slicer.local.vmfs.VMPaths`. Uploads are staged in ``<vm dir>/staging`` (the same
filesystem as the root, invisible inside the VM) and renamed into place when complete;
the staging directory is emptied when the daemon starts, so an upload cut off by a killed
daemon leaves nothing behind.
"""
