/**
 * The largest file the composer uploads: 250 MB. SharePoint and Teams take files up to 250 GB, but a file shared in
 * a post is a document colleagues open from the feed, and a browser tab uploading gigabytes in 10 MB chunks is
 * better left to the Files tab or the OneDrive client.
 */
export const MAX_UPLOAD_BYTES = 250 * 1024 * 1024;

export const isTooLargeToUpload = (sizeBytes: number): boolean => sizeBytes > MAX_UPLOAD_BYTES;
