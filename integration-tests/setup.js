// Each spec file boots its own MikroORM; stale metadata from a previous file breaks the next one.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
