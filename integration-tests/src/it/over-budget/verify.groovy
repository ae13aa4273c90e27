// The build failed, at the program, with the layer-budget error the README documents.
def log = new File(basedir, 'build.log').getText('UTF-8')
// The program's method is on line 11; the critical path names the heads in the helper, Reversal.java.
assert log =~ /example\/Programs\.java:\[11,\d+\] \[rasp4j\.layer-budget\] reverse needs 2 attention layers, maxLayers is 1: critical path length \(Reversal\.java:16\) -> aggregate \(Reversal\.java:16\)/ :
    'no [rasp4j.layer-budget] error at reverse (Programs.java line 11) in build.log'
assert log.contains('COMPILATION ERROR') : 'the build did not fail in the compiler'
assert !new File(basedir, 'target/classes/example/Reverse.class').exists() :
    'an evaluator was written for a program over its budget'
return true
