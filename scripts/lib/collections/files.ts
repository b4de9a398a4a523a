/** Where the collections go in generated/ (and in the package and the docs site): the names alone, no converter. */
export const COLLECTIONS_DIR = "collections";
export const POSTMAN_COLLECTION_FILE = "videosdk.postman_collection.json";
export const postmanEnvironmentFile = (id: string) => `videosdk-${id}.postman_environment.json`;
export const BRUNO_DIR = "bruno";
