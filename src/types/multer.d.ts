// multer ships without types (and @types/multer is not installed); it is a dependency of
// @medusajs/medusa, which uses it for /admin/uploads. Only what the review upload uses is typed.
declare module "multer" {
  type File = { fieldname: string; originalname: string; mimetype: string; size: number; buffer: Buffer }
  type Options = { storage?: unknown; limits?: { fileSize?: number; files?: number; fields?: number; fieldSize?: number; parts?: number } }
  type Handler = (req: any, res: any, next: (err?: any) => void) => void
  interface Multer {
    array(field: string, maxCount?: number): Handler
    single(field: string): Handler
    none(): Handler
  }
  interface MulterStatic {
    (options?: Options): Multer
    memoryStorage(): unknown
    MulterError: new (...args: any[]) => Error & { code: string; field?: string }
  }
  const multer: MulterStatic
  export default multer
}
