#!/bin/sh
# The tiny image's entry point: what the build put into it, and the container's arguments.
cat /opt/tiny/greeting.txt /opt/tiny/installed-deps.txt /opt/tiny/sources.txt
echo "arguments: $*"
