"""Bytewax dataflow. Run with: python -m bytewax.run enrichment.dataflow.flow:flow -w 4"""
