// The file store on AWS: one S3 bucket, whose lifecycle rule deletes what is left after a day.
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { FileStore } from "./file-store";

export function s3FileStore(bucket: string, client = new S3Client({})): FileStore {
  return {
    async put(key, bytes) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes }));
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return object.Body ? await object.Body.transformToByteArray() : undefined;
      } catch (error) {
        if (error instanceof NoSuchKey) return undefined;
        throw error;
      }
    },
    // Signed with the function's own credentials: it works while they and `seconds` last.
    async url(key, download) {
      const get = new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        ResponseContentType: download.contentType,
        ResponseContentDisposition: `attachment; filename="${download.fileName}"`,
      });
      return getSignedUrl(client, get, { expiresIn: download.seconds });
    },
  };
}
