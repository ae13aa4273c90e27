// The consumer's build compiled its program with rasp4j's processor and ran the evaluator.
def classes = new File(basedir, 'target/classes/example')
assert new File(classes, 'Reverse.class').isFile() : 'the processor wrote no evaluator example.Reverse'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('rasp4j consumer: Reverse.evaluate("hello") = olleh in 2 attention layers') :
    'the consumer\'s main did not print the expected output'
// The artifacts came from the repository the invoker installed them in, not from elsewhere.
def installed = new File(localRepositoryPath, 'org/rasp4j/rasp4j-processor')
assert installed.isDirectory() : "no rasp4j-processor in ${localRepositoryPath}"
return true
