#!/usr/bin/env python3
"""Clean JSON Lines documents at scale with Spark by piping partitions through `chaff --jsonl`.

Every partition of the input is streamed through the chaff binary (RDD.pipe); the binary is
shipped to the executors with SparkContext.addFile and found there with SparkFiles.get, so the
workers need no installation, only the same OS and CPU architecture as the binary (build it
with `cargo build --release`, or for another target with `--target x86_64-unknown-linux-musl`
for a static binary). Records come out in the same order within each partition; malformed lines
are passed through unchanged (or dropped with --on-error drop) and reported on the executors'
stderr.

    python scripts/spark_clean.py --binary target/release/chaff in.jsonl out_dir
    python scripts/spark_clean.py --master spark://host:7077 --binary chaff \
        --partitions 200 --chaff-arg=--attributes 's3a://bucket/in/*.jsonl.gz' s3a://bucket/out

Input: any path or glob Spark's textFile reads (.gz is decompressed by Spark). Output: a folder
of part-* JSON Lines files (with --compress gzip, part-*.gz).
"""

import argparse
import os
import shlex
import sys


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", help="input JSONL path or glob (anything SparkContext.textFile reads)")
    p.add_argument("output", help="output folder (must not exist)")
    p.add_argument("--binary", default="target/release/chaff", help="chaff binary to ship to the executors")
    p.add_argument("--master", default="local[2]", help="Spark master (default: local[2])")
    p.add_argument("--partitions", type=int, default=0, help="repartition the input into N partitions first")
    p.add_argument("--jobs", type=int, default=1, help="chaff threads per task (default 1: Spark parallelises)")
    p.add_argument("--chaff-arg", action="append", default=[],
                   help="extra argument for chaff, repeatable (e.g. --chaff-arg=--text-field=body)")
    p.add_argument("--compress", choices=["none", "gzip"], default="none", help="output compression")
    args = p.parse_args(argv)

    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"spark_clean: {binary} is not an executable chaff binary (cargo build --release)")

    from pyspark import SparkConf, SparkContext, SparkFiles

    conf = SparkConf().setAppName("chaff-clean").setMaster(args.master)
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("WARN")
    try:
        sc.addFile(binary)
        name = os.path.basename(binary)
        chaff_args = ["--jsonl", "--quiet", "--jobs", str(args.jobs)] + args.chaff_arg

        # Where the shipped binary is on the executors: SparkFiles.get resolves it in the
        # SparkFiles root, which is the driver's temp folder in local mode and the executor's
        # working directory (where addFile downloads it, executable) on a cluster.
        if args.master.startswith("local"):
            exe = SparkFiles.get(name)
        else:
            exe = os.path.join(".", name)
        command = shlex.join([exe] + chaff_args)

        rdd = sc.textFile(args.input)
        if args.partitions > 0:
            rdd = rdd.repartition(args.partitions)
        # chaff exits with 1 when a line was malformed (it is passed through or dropped and
        # reported on the executor's stderr), so the exit code is not checked.
        out = rdd.pipe(command, checkCode=False)
        codec = "org.apache.hadoop.io.compress.GzipCodec" if args.compress == "gzip" else None
        out.saveAsTextFile(args.output, codec)
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
