console.log("consumer test: not yet written")
