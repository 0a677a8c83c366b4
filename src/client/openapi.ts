// Generated from the OpenAPI document (src/api/openapi) by `node scripts/client.js types`. Do not edit.
/* eslint-disable */
export interface paths {
    "/store/social/products/{id}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's share bundle
         * @description A tracked short link and share intent per enabled network, the Web Share payload, the card URLs and the meta tags. A logged-in customer becomes the sharer (rewards, own clicks told apart).
         */
        get: {
            parameters: {
                query?: {
                    variant_id?: string;
                    currency_code?: string;
                    locale?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "share": {
                         *         "product_id": "prod_01JTX3V5Q9",
                         *         "customer_id": null,
                         *         "text": "Linen Shirt – €49.00",
                         *         "links": [
                         *           {
                         *             "network": "facebook",
                         *             "code": "aB3xY9",
                         *             "url": "https://api.example.com/s/aB3xY9",
                         *             "intent_url": "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fapi.example.com%2Fs%2FaB3xY9"
                         *           },
                         *           {
                         *             "network": "instagram",
                         *             "code": "Qw7rT2",
                         *             "url": "https://api.example.com/s/Qw7rT2",
                         *             "intent_url": null
                         *           }
                         *         ],
                         *         "web_share": {
                         *           "title": "Linen Shirt",
                         *           "text": "Linen Shirt – €49.00",
                         *           "url": "https://api.example.com/s/Zx8cV1",
                         *           "code": "Zx8cV1",
                         *           "image_url": "https://api.example.com/social/cards/prod_01JTX3V5Q9/og.png",
                         *           "image": {
                         *             "url": "https://api.example.com/social/cards/prod_01JTX3V5Q9/og.png",
                         *             "width": 1080,
                         *             "height": 1920,
                         *             "type": "image/png"
                         *           }
                         *         },
                         *         "cards": {
                         *           "og": {
                         *             "url": "https://api.example.com/social/cards/prod_01JTX3V5Q9/og.png",
                         *             "width": 1200,
                         *             "height": 630,
                         *             "type": "image/png"
                         *           },
                         *           "square": {
                         *             "url": "https://api.example.com/social/cards/prod_01JTX3V5Q9/og.png",
                         *             "width": 1080,
                         *             "height": 1080,
                         *             "type": "image/png"
                         *           }
                         *         },
                         *         "meta": {
                         *           "title": "Linen Shirt",
                         *           "description": "A light linen shirt.",
                         *           "canonical_url": "https://shop.example.com/products/linen-shirt",
                         *           "tags": [
                         *             {
                         *               "property": "og:title",
                         *               "content": "Linen Shirt"
                         *             },
                         *             {
                         *               "name": "twitter:card",
                         *               "content": "summary_large_image"
                         *             }
                         *           ],
                         *           "json_ld": {
                         *             "@context": "https://schema.org",
                         *             "@type": "Product",
                         *             "name": "Linen Shirt"
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            share: components["schemas"]["ShareBundle"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `share` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/products/{id}/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's meta tags and JSON-LD
         * @description Open Graph, product:* and twitter:* tags and a schema.org Product (with aggregateRating from approved reviews), for server-rendered pages. Values are raw: escape them when writing HTML.
         */
        get: {
            parameters: {
                query?: {
                    variant_id?: string;
                    currency_code?: string;
                    locale?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "meta": {
                         *         "title": "Linen Shirt",
                         *         "description": "A light linen shirt.",
                         *         "canonical_url": "https://shop.example.com/products/linen-shirt",
                         *         "tags": [
                         *           {
                         *             "property": "og:title",
                         *             "content": "Linen Shirt"
                         *           },
                         *           {
                         *             "name": "twitter:card",
                         *             "content": "summary_large_image"
                         *           }
                         *         ],
                         *         "json_ld": {
                         *           "@context": "https://schema.org",
                         *           "@type": "Product",
                         *           "name": "Linen Shirt"
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            meta: components["schemas"]["ProductMeta"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/products/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's approved reviews
         * @description A page of approved reviews with photos and merchant replies, and the product's stats over all approved reviews.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    sort?: "newest" | "most_helpful" | "rating_desc" | "rating_asc";
                    rating?: number;
                    verified?: "true" | "false";
                    with_photos?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "reviews": [
                         *         {
                         *           "id": "prev_01JTX",
                         *           "product_id": "prod_01JTX3V5Q9",
                         *           "rating": 5,
                         *           "title": "Great shirt",
                         *           "body": "Fits well and breathes in the heat.",
                         *           "author_name": "Ana M.",
                         *           "verified_purchase": true,
                         *           "incentivized": false,
                         *           "helpful_count": 3,
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "updated_at": "2026-05-01T10:00:00.000Z",
                         *           "media": [
                         *             {
                         *               "url": "https://cdn.example.com/review-1.jpg",
                         *               "width": 1200,
                         *               "height": 900,
                         *               "mime_type": "image/jpeg"
                         *             }
                         *           ],
                         *           "response": {
                         *             "body": "Thank you!",
                         *             "created_at": "2026-05-01T10:00:00.000Z",
                         *             "updated_at": "2026-05-01T10:00:00.000Z"
                         *           }
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 10,
                         *       "sort": "newest",
                         *       "stats": {
                         *         "count": 1,
                         *         "average": 5,
                         *         "distribution": {
                         *           "1": 0,
                         *           "2": 0,
                         *           "3": 0,
                         *           "4": 0,
                         *           "5": 1
                         *         },
                         *         "verified_count": 1,
                         *         "photo_count": 1
                         *       }
                         *     }
                         */
                        "application/json": {
                            reviews: components["schemas"]["StoreReview"][];
                            count: number;
                            offset: number;
                            limit: number;
                            sort: string;
                            stats: components["schemas"]["ReviewStats"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a review
         * @description The logged-in customer's review of a product (one per product). JSON, or multipart/form-data with the same fields plus up to 5 image files in `photos` (each at most 7812 KB). Verified buyers only unless the store accepts unverified reviews; published after moderation unless auto-approved. `social_consent` (default false) lets the shop quote the review in its own social posts (automatic review posts need it).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "product_id": "prod_01JTX3V5Q9",
                     *       "rating": 5,
                     *       "title": "Great shirt",
                     *       "body": "Fits well and breathes in the heat."
                     *     }
                     */
                    "application/json": {
                        product_id: string;
                        rating: number;
                        title: string;
                        body: string;
                        social_consent?: boolean;
                    };
                    "multipart/form-data": {
                        product_id: string;
                        /** @description 1 to 5 (a form field's text is read as a number) */
                        rating: number | string;
                        title: string;
                        body: string;
                        /** @description the shop may quote the review in its social posts (default false) */
                        social_consent?: boolean | ("true" | "false");
                        /** @description image files (JPEG, PNG, WebP...); re-encoded to JPEG, metadata dropped */
                        photos?: string[];
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "review": {
                         *         "id": "prev_01JTX",
                         *         "product_id": "prod_01JTX3V5Q9",
                         *         "rating": 5,
                         *         "title": "Great shirt",
                         *         "body": "Fits well and breathes in the heat.",
                         *         "author_name": "Ana M.",
                         *         "verified_purchase": true,
                         *         "incentivized": false,
                         *         "helpful_count": 0,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z",
                         *         "media": [
                         *           {
                         *             "url": "https://cdn.example.com/review-1.jpg",
                         *             "width": 1200,
                         *             "height": 900,
                         *             "mime_type": "image/jpeg"
                         *           }
                         *         ],
                         *         "response": null,
                         *         "status": "pending"
                         *       }
                         *     }
                         */
                        "application/json": {
                            review: components["schemas"]["StoreReview"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Duplicate */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `reviewWrite` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit one's own review
         * @description Any of rating, title, body and `social_consent` (given or withdrawn). A changed rating or text waits for moderation again unless reviews are auto-approved; the consent alone does not. Consent given after the review was approved makes no automatic post (those follow the approval).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "rating": 4
                     *     }
                     */
                    "application/json": {
                        rating?: number;
                        title?: string;
                        body?: string;
                        social_consent?: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "review": {
                         *         "id": "prev_01JTX",
                         *         "product_id": "prod_01JTX3V5Q9",
                         *         "rating": 4,
                         *         "title": "Great shirt",
                         *         "body": "Fits well and breathes in the heat.",
                         *         "author_name": "Ana M.",
                         *         "verified_purchase": true,
                         *         "incentivized": false,
                         *         "helpful_count": 3,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z",
                         *         "media": [
                         *           {
                         *             "url": "https://cdn.example.com/review-1.jpg",
                         *             "width": 1200,
                         *             "height": 900,
                         *             "mime_type": "image/jpeg"
                         *           }
                         *         ],
                         *         "response": {
                         *           "body": "Thank you!",
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "updated_at": "2026-05-01T10:00:00.000Z"
                         *         },
                         *         "status": "pending"
                         *       }
                         *     }
                         */
                        "application/json": {
                            review: components["schemas"]["StoreReview"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `reviewWrite` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Delete one's own review */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "prev_01JTX",
                         *       "object": "product_review",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": {
                            id: string;
                            /** @constant */
                            object: "product_review";
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `reviewWrite` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/reviews/{id}/helpful": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Vote a review helpful
         * @description Once per voter: the logged-in customer, else the `visitor_id` the storefront keeps per browser (required for guests).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "visitor_id": "v_8f3kQ2pL0aZx"
                     *     }
                     */
                    "application/json": {
                        visitor_id?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "created": true,
                         *       "helpful_count": 4
                         *     }
                         */
                        "application/json": {
                            /** @description false when this voter had already voted */
                            created: boolean;
                            helpful_count: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `helpfulVote` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/touches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a landing
         * @description The landing's tracking parameters (utm_*, click ids, `sc`, `ref`), referrer, path and consent. 201 with the touch, or 200 with `recorded: false` when nothing was kept (consent denied, attribution off). Keep the answered `visitor_id` (also in the `x-social-visitor-id` header) in a first-party cookie.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the visitor id kept from an earlier answer, when the body has no visitor_id */
                    "x-social-visitor-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "utm_source": "facebook",
                     *       "utm_medium": "social",
                     *       "sc": "aB3xY9",
                     *       "landing_path": "/products/linen-shirt",
                     *       "consent": "granted"
                     *     }
                     */
                    "application/json": {
                        visitor_id?: string;
                        cart_id?: string;
                        sc?: string;
                        ref?: string;
                        referrer?: string;
                        landing_path?: string;
                        /** @enum {string} */
                        consent?: "granted" | "analytics" | "denied";
                        /** Format: date-time */
                        occurred_at?: string;
                        utm_source?: string;
                        utm_medium?: string;
                        utm_campaign?: string;
                        utm_term?: string;
                        utm_content?: string;
                        utm_id?: string;
                        fbclid?: string;
                        ttclid?: string;
                        epik?: string;
                        ScCid?: string;
                        twclid?: string;
                        li_fat_id?: string;
                        rdt_cid?: string;
                        gclid?: string;
                        gbraid?: string;
                        wbraid?: string;
                        msclkid?: string;
                    };
                };
            };
            responses: {
                /** @description Nothing recorded */
                200: {
                    headers: {
                        "x-social-visitor-id"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "visitor_id": "v_8f3kQ2pL0aZx",
                         *       "visitor_id_issued": false,
                         *       "recorded": false,
                         *       "touch": null,
                         *       "reason": "consent denied"
                         *     }
                         */
                        "application/json": {
                            /** @description keep it (first-party cookie) and send it with the next touches and the bind */
                            visitor_id: string;
                            /** @description true when the API made this id now */
                            visitor_id_issued: boolean;
                            recorded: boolean;
                            touch: {
                                id: string;
                                network: string;
                                consent: string;
                                direct?: boolean;
                                /** @description consent denied: what was still kept (the referral code) */
                                kept?: string[];
                            } | null;
                            /** @description why nothing was recorded */
                            reason?: string;
                        };
                    };
                };
                /** @description Recorded */
                201: {
                    headers: {
                        "x-social-visitor-id"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "visitor_id": "v_8f3kQ2pL0aZx",
                         *       "visitor_id_issued": true,
                         *       "recorded": true,
                         *       "touch": {
                         *         "id": "stch_01JTX",
                         *         "network": "facebook",
                         *         "consent": "granted",
                         *         "direct": false
                         *       }
                         *     }
                         */
                        "application/json": {
                            /** @description keep it (first-party cookie) and send it with the next touches and the bind */
                            visitor_id: string;
                            /** @description true when the API made this id now */
                            visitor_id_issued: boolean;
                            recorded: boolean;
                            touch: {
                                id: string;
                                network: string;
                                consent: string;
                                direct?: boolean;
                                /** @description consent denied: what was still kept (the referral code) */
                                kept?: string[];
                            } | null;
                            /** @description why nothing was recorded */
                            reason?: string;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `touches` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/touches/bind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a visitor's touches to a cart
         * @description Binds the visitor's earlier unbound touches to a cart created after the landing (and to the logged-in customer). The visitor id comes from the body or the `x-social-visitor-id` header.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the visitor id kept from an earlier answer, when the body has no visitor_id */
                    "x-social-visitor-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "visitor_id": "v_8f3kQ2pL0aZx",
                     *       "cart_id": "cart_01JTX3V5Q9ABCDEF"
                     *     }
                     */
                    "application/json": {
                        visitor_id?: string;
                        cart_id: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "visitor_id": "v_8f3kQ2pL0aZx",
                         *       "cart_id": "cart_01JTX3V5Q9ABCDEF",
                         *       "bound": 2
                         *     }
                         */
                        "application/json": {
                            visitor_id: string;
                            cart_id: string;
                            /** @description touches bound now */
                            bound: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `touches` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/me/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My rewards
         * @description The logged-in customer's grants (status, value, code and expiry once issued) and referral code.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "rewards": [
                         *         {
                         *           "id": "srgr_01JTX",
                         *           "status": "issued",
                         *           "reward": {
                         *             "type": "fixed",
                         *             "value": 5,
                         *             "currency_code": "eur"
                         *           },
                         *           "reason": "review",
                         *           "code": "THANKS-7QX2",
                         *           "expires_at": "2026-05-01T10:00:00.000Z",
                         *           "available_at": null,
                         *           "created_at": "2026-05-01T10:00:00.000Z"
                         *         }
                         *       ],
                         *       "referral": {
                         *         "code": "ANA-7QX2",
                         *         "link": "https://shop.example.com/?ref=ANA-7QX2"
                         *       }
                         *     }
                         */
                        "application/json": {
                            rewards: {
                                id: string;
                                /** @enum {string} */
                                status: "held" | "issued" | "redeemed" | "expired" | "revoked" | "pending";
                                reward: {
                                    type: string;
                                    value: number | null;
                                    currency_code: string | null;
                                };
                                /** @description what earned it: review, share_link, referral... */
                                reason: string;
                                /** @description the promotion code, once issued */
                                code: string | null;
                                expires_at: string | null;
                                /** @description when a held reward is issued */
                                available_at: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                            }[];
                            referral: {
                                code: string;
                                link: string;
                            } | null;
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/me/referral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My referral code
         * @description The logged-in customer's referral code and link (made on first call) and how many friends joined.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "referral": {
                         *         "code": "ANA-7QX2",
                         *         "link": "https://shop.example.com/?ref=ANA-7QX2",
                         *         "friends_joined": 1,
                         *         "friends_pending": 0
                         *       }
                         *     }
                         */
                        "application/json": {
                            referral: {
                                code: string;
                                link: string;
                                friends_joined: number;
                                friends_pending: number;
                            };
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/referrals/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a friend's referral code
         * @description Both sides are rewarded on the friend's first order. The answer is `pending` whatever the fraud checks decide.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "code": "ANA-7QX2"
                     *     }
                     */
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "referral": {
                         *         "id": "sref_01JTX",
                         *         "code": "ANA-7QX2",
                         *         "status": "pending"
                         *       }
                         *     }
                         */
                        "application/json": {
                            referral: {
                                id: string;
                                code: string;
                                /** @constant */
                                status: "pending";
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Duplicate */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `referralClaim` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The effective settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "settings": {
                         *         "storefront_url": "https://shop.example.com",
                         *         "product_url_template": "{storefront}/products/{handle}",
                         *         "allowed_redirect_origins": [
                         *           "https://shop.example.com"
                         *         ],
                         *         "brand_name": "Acme",
                         *         "brand_colors": {
                         *           "primary": "#111827",
                         *           "accent": "#f59e0b",
                         *           "background": "#ffffff",
                         *           "text": "#111827"
                         *         },
                         *         "logo_file_id": null,
                         *         "logo_url": null,
                         *         "enabled_networks": [
                         *           "facebook",
                         *           "x",
                         *           "pinterest",
                         *           "whatsapp"
                         *         ],
                         *         "features": {
                         *           "cards": true,
                         *           "catalog": true,
                         *           "reviews": true,
                         *           "rewards": true,
                         *           "attribution": true
                         *         },
                         *         "review_auto_approve": false,
                         *         "review_allow_unverified": false,
                         *         "inbox_alert_words": [
                         *           "refund",
                         *           "scam"
                         *         ],
                         *         "inbox_unanswered_hours": 24,
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            settings: components["schemas"]["AdminSocialSettings"];
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Change the settings
         * @description Only the fields given change; `null` resets a field to its plugin option.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "brand_name": "Acme",
                     *       "enabled_networks": [
                     *         "facebook",
                     *         "x"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        storefront_url?: string | null;
                        product_url_template?: string | null;
                        allowed_redirect_origins?: string[] | null;
                        brand_name?: string | null;
                        brand_colors?: {
                            primary: string;
                            accent: string;
                            background: string;
                            text: string;
                        } | null;
                        logo_file_id?: string | null;
                        enabled_networks?: ("facebook" | "instagram" | "x" | "pinterest" | "whatsapp" | "linkedin" | "telegram" | "reddit" | "tiktok" | "email")[] | null;
                        features?: {
                            cards?: boolean;
                            catalog?: boolean;
                            reviews?: boolean;
                            rewards?: boolean;
                            attribution?: boolean;
                        } | null;
                        review_auto_approve?: boolean | null;
                        review_allow_unverified?: boolean | null;
                        inbox_alert_words?: string[] | null;
                        inbox_unanswered_hours?: number | null;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "settings": {
                         *         "storefront_url": "https://shop.example.com",
                         *         "product_url_template": "{storefront}/products/{handle}",
                         *         "allowed_redirect_origins": [
                         *           "https://shop.example.com"
                         *         ],
                         *         "brand_name": "Acme",
                         *         "brand_colors": {
                         *           "primary": "#111827",
                         *           "accent": "#f59e0b",
                         *           "background": "#ffffff",
                         *           "text": "#111827"
                         *         },
                         *         "logo_file_id": null,
                         *         "logo_url": null,
                         *         "enabled_networks": [
                         *           "facebook",
                         *           "x",
                         *           "pinterest",
                         *           "whatsapp"
                         *         ],
                         *         "features": {
                         *           "cards": true,
                         *           "catalog": true,
                         *           "reviews": true,
                         *           "rewards": true,
                         *           "attribution": true
                         *         },
                         *         "review_auto_approve": false,
                         *         "review_allow_unverified": false,
                         *         "inbox_alert_words": [
                         *           "refund",
                         *           "scam"
                         *         ],
                         *         "inbox_unanswered_hours": 24,
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            settings: components["schemas"]["AdminSocialSettings"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catalog channels */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "channels": [
                         *         {
                         *           "id": "scch_01JTX",
                         *           "name": "Meta EUR",
                         *           "destination": "meta",
                         *           "mode": "feed",
                         *           "enabled": true,
                         *           "sales_channel_id": null,
                         *           "region_id": null,
                         *           "currency_code": "eur",
                         *           "language": "en",
                         *           "country": "de",
                         *           "prices_include_tax": true,
                         *           "filters": null,
                         *           "field_mapping": null,
                         *           "feed_format": "csv",
                         *           "feed": {
                         *             "file_key": "social-feeds/scch_01JTX.csv",
                         *             "etag": "9c1f...",
                         *             "built_at": "2026-05-01T10:00:00.000Z",
                         *             "bytes": 48213
                         *           },
                         *           "feed_status": "ready",
                         *           "feed_error": null,
                         *           "last_full_sync_at": "2026-05-01T10:00:00.000Z",
                         *           "credentials_set": {
                         *             "catalog_id": true
                         *           },
                         *           "feed_url": "https://api.example.com/social/feeds/scch_01JTX/Xq8...token.csv",
                         *           "feed_url_gz": "https://api.example.com/social/feeds/scch_01JTX/Xq8...token.csv.gz",
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "updated_at": "2026-05-01T10:00:00.000Z",
                         *           "deleted_at": null
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 200
                         *     }
                         */
                        "application/json": {
                            channels: components["schemas"]["AdminChannel"][];
                            count: number;
                            offset: number;
                            limit: number;
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a catalog channel
         * @description Credentials are sealed and never returned: the answer says which are set.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Meta EUR",
                     *       "destination": "meta",
                     *       "currency_code": "eur",
                     *       "language": "en",
                     *       "country": "de"
                     *     }
                     */
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        destination: "meta" | "google" | "pinterest" | "tiktok";
                        /** @enum {string} */
                        mode?: "feed" | "push" | "both";
                        enabled?: boolean;
                        sales_channel_id?: string | null;
                        region_id?: string | null;
                        currency_code: string;
                        language: string;
                        country: string;
                        prices_include_tax?: boolean;
                        credentials?: {
                            catalog_id?: string | null;
                            merchant_id?: string | null;
                            business_id?: string | null;
                            access_token?: string | null;
                            api_key?: string | null;
                            app_id?: string | null;
                            app_secret?: string | null;
                            data_source_id?: string | null;
                            bc_id?: string | null;
                            ad_account_id?: string | null;
                            product_group_id?: string | null;
                            service_account_json?: (string | {
                                [key: string]: unknown;
                            }) | null;
                            client_id?: string | null;
                            client_secret?: string | null;
                            refresh_token?: string | null;
                            token_uri?: string | null;
                            api_base_url?: string | null;
                        };
                        filters?: {
                            include?: {
                                collection_ids?: string[];
                                category_ids?: string[];
                                tags?: string[];
                                type_ids?: string[];
                            };
                            exclude?: {
                                collection_ids?: string[];
                                category_ids?: string[];
                                tags?: string[];
                                type_ids?: string[];
                            };
                        } | null;
                        field_mapping?: {
                            brand?: string;
                            brand_metadata_key?: string;
                            gtin_from?: ("barcode" | "ean" | "upc")[];
                            mpn_from?: ("mid_code" | "sku") | null;
                            category_map?: {
                                [key: string]: string;
                            };
                            custom_labels?: (({
                                /** @constant */
                                from: "tag_prefix";
                                prefix: string;
                            } | {
                                /** @constant */
                                from: "collection";
                            } | {
                                /** @constant */
                                from: "type";
                            } | {
                                /** @constant */
                                from: "metadata";
                                key: string;
                            }) | null)[];
                            /** @enum {string} */
                            condition?: "new" | "refurbished" | "used";
                        } | null;
                        /** @enum {string} */
                        feed_format?: "google_xml" | "meta_csv" | "meta_xml" | "pinterest_xml" | "tiktok_csv";
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "channel": {
                         *         "id": "scch_01JTX",
                         *         "name": "Meta EUR",
                         *         "destination": "meta",
                         *         "mode": "feed",
                         *         "enabled": true,
                         *         "sales_channel_id": null,
                         *         "region_id": null,
                         *         "currency_code": "eur",
                         *         "language": "en",
                         *         "country": "de",
                         *         "prices_include_tax": true,
                         *         "filters": null,
                         *         "field_mapping": null,
                         *         "feed_format": "csv",
                         *         "feed": {
                         *           "file_key": "social-feeds/scch_01JTX.csv",
                         *           "etag": "9c1f...",
                         *           "built_at": "2026-05-01T10:00:00.000Z",
                         *           "bytes": 48213
                         *         },
                         *         "feed_status": "ready",
                         *         "feed_error": null,
                         *         "last_full_sync_at": "2026-05-01T10:00:00.000Z",
                         *         "credentials_set": {
                         *           "catalog_id": true
                         *         },
                         *         "feed_url": "https://api.example.com/social/feeds/scch_01JTX/Xq8...token.csv",
                         *         "feed_url_gz": "https://api.example.com/social/feeds/scch_01JTX/Xq8...token.csv.gz",
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z",
                         *         "deleted_at": null
                         *       }
                         *     }
                         */
                        "application/json": {
                            channel: components["schemas"]["AdminChannel"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/channels/destinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Destinations
         * @description Each destination's feed formats, credential keys and ways to sign in.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "destinations": [
                         *         {
                         *           "destination": "meta",
                         *           "feed_formats": [
                         *             "csv",
                         *             "xml"
                         *           ],
                         *           "credential_keys": [
                         *             "catalog_id",
                         *             "access_token"
                         *           ],
                         *           "sign_in": [
                         *             [
                         *               "access_token"
                         *             ]
                         *           ]
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            destinations: {
                                destination: string;
                                feed_formats: string[];
                                /** @description '?' ends an optional one */
                                credential_keys: string[];
                                /** @description ways to sign in: one of these sets is needed for a push */
                                sign_in: string[][];
                            }[];
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A channel with its item counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "channel": {
                         *         "id": "scch_01JTX",
                         *         "name": "Meta EUR",
                         *         "destination": "meta",
                         *         "mode": "feed",
                         *         "enabled": true,
                         *         "sales_channel_id": null,
                         *         "region_id": null,
                         *         "currency_code": "eur",
                         *         "language": "en",
                         *         "country": "de",
                         *         "prices_include_tax": true,
                         *         "filters": null,
                         *         "field_mapping": null,
                         *         "feed_format": "csv",
                         *         "feed": {
                         *           "file_key": "social-feeds/scch_01JTX.csv",
                         *           "etag": "9c1f...",
                         *           "built_at": "2026-05-01T10:00:00.000Z",
                         *           "bytes": 48213
                         *         },
                         *         "feed_status": "ready",
                         *         "feed_error": null,
                         *         "last_full_sync_at": "2026-05-01T10:00:00.000Z",
                         *         "credentials_set": {
                         *           "catalog_id": true
                         *         },
                         *         "feed_url": "https://api.example.com/social/feeds/scch_01JTX/Xq8...token.csv",
                         *         "feed_url_gz": "https://api.example.com/social/feeds/scch_01JTX/Xq8...token.csv.gz",
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z",
                         *         "deleted_at": null,
                         *         "item_counts": {
                         *           "synced": 120,
                         *           "invalid": 3
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            channel: {
                                id: string;
                                name: string;
                                destination: string;
                                mode: string;
                                enabled: boolean;
                                sales_channel_id: string | null;
                                region_id: string | null;
                                currency_code: string;
                                language: string;
                                country: string;
                                prices_include_tax: boolean;
                                filters: {
                                    [key: string]: unknown;
                                } | null;
                                field_mapping: {
                                    [key: string]: unknown;
                                } | null;
                                feed_format: string;
                                /** @description the last published feed: file, etag, built_at, bytes */
                                feed: {
                                    [key: string]: unknown;
                                } | null;
                                feed_status: string | null;
                                feed_error: string | null;
                                last_full_sync_at: string | null;
                                /** @description which credentials are stored; their values are never returned */
                                credentials_set: {
                                    [key: string]: true;
                                };
                                feed_url: string;
                                feed_url_gz: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                updated_at: string;
                                deleted_at: string | null;
                                item_counts: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Change a channel */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "enabled": false
                     *     }
                     */
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        mode?: "feed" | "push" | "both";
                        enabled?: boolean;
                        sales_channel_id?: string | null;
                        region_id?: string | null;
                        currency_code?: string;
                        language?: string;
                        country?: string;
                        prices_include_tax?: boolean;
                        credentials?: {
                            catalog_id?: string | null;
                            merchant_id?: string | null;
                            business_id?: string | null;
                            access_token?: string | null;
                            api_key?: string | null;
                            app_id?: string | null;
                            app_secret?: string | null;
                            data_source_id?: string | null;
                            bc_id?: string | null;
                            ad_account_id?: string | null;
                            product_group_id?: string | null;
                            service_account_json?: (string | {
                                [key: string]: unknown;
                            }) | null;
                            client_id?: string | null;
                            client_secret?: string | null;
                            refresh_token?: string | null;
                            token_uri?: string | null;
                            api_base_url?: string | null;
                        };
                        filters?: {
                            include?: {
                                collection_ids?: string[];
                                category_ids?: string[];
                                tags?: string[];
                                type_ids?: string[];
                            };
                            exclude?: {
                                collection_ids?: string[];
                                category_ids?: string[];
                                tags?: string[];
                                type_ids?: string[];
                            };
                        } | null;
                        field_mapping?: {
                            brand?: string;
                            brand_metadata_key?: string;
                            gtin_from?: ("barcode" | "ean" | "upc")[];
                            mpn_from?: ("mid_code" | "sku") | null;
                            category_map?: {
                                [key: string]: string;
                            };
                            custom_labels?: (({
                                /** @constant */
                                from: "tag_prefix";
                                prefix: string;
                            } | {
                                /** @constant */
                                from: "collection";
                            } | {
                                /** @constant */
                                from: "type";
                            } | {
                                /** @constant */
                                from: "metadata";
                                key: string;
                            }) | null)[];
                            /** @enum {string} */
                            condition?: "new" | "refurbished" | "used";
                        } | null;
                        /** @enum {string} */
                        feed_format?: "google_xml" | "meta_csv" | "meta_xml" | "pinterest_xml" | "tiktok_csv";
                        rotate_feed_token?: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "channel": {
                         *         "id": "scch_01JTX",
                         *         "name": "Meta EUR",
                         *         "destination": "meta",
                         *         "mode": "feed",
                         *         "enabled": false,
                         *         "sales_channel_id": null,
                         *         "region_id": null,
                         *         "currency_code": "eur",
                         *         "language": "en",
                         *         "country": "de",
                         *         "prices_include_tax": true,
                         *         "filters": null,
                         *         "field_mapping": null,
                         *         "feed_format": "csv",
                         *         "feed": {
                         *           "file_key": "social-feeds/scch_01JTX.csv",
                         *           "etag": "9c1f...",
                         *           "built_at": "2026-05-01T10:00:00.000Z",
                         *           "bytes": 48213
                         *         },
                         *         "feed_status": "ready",
                         *         "feed_error": null,
                         *         "last_full_sync_at": "2026-05-01T10:00:00.000Z",
                         *         "credentials_set": {
                         *           "catalog_id": true
                         *         },
                         *         "feed_url": "https://api.example.com/social/feeds/scch_01JTX/Xq8...token.csv",
                         *         "feed_url_gz": "https://api.example.com/social/feeds/scch_01JTX/Xq8...token.csv.gz",
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z",
                         *         "deleted_at": null
                         *       }
                         *     }
                         */
                        "application/json": {
                            channel: components["schemas"]["AdminChannel"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Delete a channel */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "scch_01JTX",
                         *       "object": "social_catalog_channel",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": {
                            id: string;
                            /** @constant */
                            object: "social_catalog_channel";
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/channels/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run of a sync
         * @description Counts and samples of what a sync would create, update and delete; nothing is written or sent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "preview": {
                         *         "create": 3,
                         *         "update": 1,
                         *         "delete": 0,
                         *         "unchanged": 116,
                         *         "invalid": 2,
                         *         "variants": 122,
                         *         "invalid_samples": [],
                         *         "samples": []
                         *       }
                         *     }
                         */
                        "application/json": {
                            preview: {
                                create: number;
                                update: number;
                                delete: number;
                                unchanged: number;
                                invalid: number;
                                variants: number;
                                invalid_samples: {
                                    [key: string]: unknown;
                                }[];
                                samples: {
                                    [key: string]: unknown;
                                }[];
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/channels/{id}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a full sync
         * @description Queues the run (the worker runs it) and answers it at once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "force": false
                     *     }
                     */
                    "application/json": {
                        force?: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "run": {
                         *         "id": "scrun_01JTX",
                         *         "channel_id": "scch_01JTX",
                         *         "kind": "full",
                         *         "status": "queued",
                         *         "stage": null,
                         *         "force": false,
                         *         "total": 0,
                         *         "done": 0,
                         *         "results": null,
                         *         "error": null,
                         *         "reconcile": false,
                         *         "lease_owner": null,
                         *         "lease_expires_at": null,
                         *         "started_at": null,
                         *         "finished_at": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z",
                         *         "deleted_at": null
                         *       },
                         *       "already_running": false
                         *     }
                         */
                        "application/json": {
                            run: components["schemas"]["AdminCatalogRun"];
                            already_running: boolean;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/channels/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A channel's runs
         * @description Newest first, paged by key: pass `next_cursor` as `cursor`.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "runs": [
                         *         {
                         *           "id": "scrun_01JTX",
                         *           "channel_id": "scch_01JTX",
                         *           "kind": "full",
                         *           "status": "queued",
                         *           "stage": null,
                         *           "force": false,
                         *           "total": 0,
                         *           "done": 0,
                         *           "results": null,
                         *           "error": null,
                         *           "reconcile": false,
                         *           "lease_owner": null,
                         *           "lease_expires_at": null,
                         *           "started_at": null,
                         *           "finished_at": null,
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "updated_at": "2026-05-01T10:00:00.000Z",
                         *           "deleted_at": null
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "limit": 20,
                         *       "next_cursor": null
                         *     }
                         */
                        "application/json": {
                            runs: components["schemas"]["AdminCatalogRun"][];
                            count: number;
                            limit: number;
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/channels/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A channel's items and their platform errors */
        get: {
            parameters: {
                query?: {
                    status?: "all" | "error" | "invalid" | "failing" | "not_sent" | "pending" | "deferred" | "synced";
                    code?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "scit_01JTX",
                         *           "variant_id": "variant_01",
                         *           "product_id": "prod_01",
                         *           "title": "Linen Shirt – M / White",
                         *           "status": "invalid",
                         *           "failing": false,
                         *           "error_code": "missing_gtin",
                         *           "errors": [
                         *             {
                         *               "code": "missing_gtin",
                         *               "message": "gtin is required for this category"
                         *             }
                         *           ],
                         *           "warnings": null,
                         *           "attempts": 0,
                         *           "next_attempt_at": null,
                         *           "sent_at": null,
                         *           "to_delete": false,
                         *           "updated_at": "2026-05-01T10:00:00.000Z"
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "limit": 50,
                         *       "next_cursor": null
                         *     }
                         */
                        "application/json": {
                            items: components["schemas"]["AdminCatalogItem"][];
                            count: number;
                            limit: number;
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/catalog/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product on every channel */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "product_id": "prod_01",
                         *       "channels": [
                         *         {
                         *           "channel_id": "scch_01JTX",
                         *           "name": "Meta EUR",
                         *           "destination": "meta",
                         *           "items": [
                         *             {
                         *               "variant_id": "variant_01",
                         *               "status": "synced",
                         *               "error_code": null,
                         *               "errors": null,
                         *               "warnings": null,
                         *               "sent_at": "2026-05-01T10:00:00.000Z",
                         *               "to_delete": false
                         *             }
                         *           ]
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            product_id: string;
                            channels: {
                                channel_id: string;
                                name: string | null;
                                destination: string | null;
                                items: {
                                    variant_id: string;
                                    status: string;
                                    error_code: string | null;
                                    errors: unknown;
                                    warnings: unknown;
                                    sent_at: string | null;
                                    to_delete: boolean;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reviews to moderate */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "approved" | "rejected";
                    rating?: number;
                    max_rating?: number;
                    product_id?: string;
                    customer_id?: string;
                    verified?: "true" | "false";
                    limit?: number;
                    offset?: number;
                    order?: "created_at" | "-created_at" | "rating" | "-rating";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "reviews": [
                         *         {
                         *           "id": "prev_01JTX",
                         *           "product_id": "prod_01",
                         *           "customer_id": "cus_01",
                         *           "order_id": "order_01",
                         *           "order_line_item_id": "ordli_01",
                         *           "rating": 2,
                         *           "title": "Too small",
                         *           "body": "Runs a size small.",
                         *           "author_name": "Ana M.",
                         *           "status": "pending",
                         *           "rejection_reason": null,
                         *           "moderated_at": null,
                         *           "moderated_by": null,
                         *           "verified_purchase": true,
                         *           "incentivized": false,
                         *           "incentive_grant_id": null,
                         *           "has_media": false,
                         *           "social_consent": false,
                         *           "helpful_count": 0,
                         *           "source": "store",
                         *           "import_key": null,
                         *           "import_id": null,
                         *           "media": [],
                         *           "product": {
                         *             "id": "prod_01",
                         *             "title": "Linen Shirt"
                         *           },
                         *           "response": null,
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "updated_at": "2026-05-01T10:00:00.000Z",
                         *           "deleted_at": null
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 20
                         *     }
                         */
                        "application/json": {
                            reviews: components["schemas"]["AdminReview"][];
                            count: number;
                            offset: number;
                            limit: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A review */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "review": {
                         *         "id": "prev_01JTX",
                         *         "product_id": "prod_01",
                         *         "customer_id": "cus_01",
                         *         "order_id": "order_01",
                         *         "order_line_item_id": "ordli_01",
                         *         "rating": 2,
                         *         "title": "Too small",
                         *         "body": "Runs a size small.",
                         *         "author_name": "Ana M.",
                         *         "status": "pending",
                         *         "rejection_reason": null,
                         *         "moderated_at": null,
                         *         "moderated_by": null,
                         *         "verified_purchase": true,
                         *         "incentivized": false,
                         *         "incentive_grant_id": null,
                         *         "has_media": false,
                         *         "social_consent": false,
                         *         "helpful_count": 0,
                         *         "source": "store",
                         *         "import_key": null,
                         *         "import_id": null,
                         *         "media": [],
                         *         "product": {
                         *           "id": "prod_01",
                         *           "title": "Linen Shirt"
                         *         },
                         *         "response": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z",
                         *         "deleted_at": null
                         *       }
                         *     }
                         */
                        "application/json": {
                            review: components["schemas"]["AdminReview"];
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reviews/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a review
         * @description Publishes it; `social.review.approved` is emitted the first time only (`changed`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "review": {
                         *         "id": "prev_01JTX",
                         *         "product_id": "prod_01",
                         *         "customer_id": "cus_01",
                         *         "order_id": "order_01",
                         *         "order_line_item_id": "ordli_01",
                         *         "rating": 2,
                         *         "title": "Too small",
                         *         "body": "Runs a size small.",
                         *         "author_name": "Ana M.",
                         *         "status": "approved",
                         *         "rejection_reason": null,
                         *         "moderated_at": "2026-05-01T10:00:00.000Z",
                         *         "moderated_by": null,
                         *         "verified_purchase": true,
                         *         "incentivized": false,
                         *         "incentive_grant_id": null,
                         *         "has_media": false,
                         *         "social_consent": false,
                         *         "helpful_count": 0,
                         *         "source": "store",
                         *         "import_key": null,
                         *         "import_id": null,
                         *         "media": [],
                         *         "product": {
                         *           "id": "prod_01",
                         *           "title": "Linen Shirt"
                         *         },
                         *         "response": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z",
                         *         "deleted_at": null
                         *       },
                         *       "changed": true
                         *     }
                         */
                        "application/json": {
                            review: components["schemas"]["AdminReview"];
                            /** @description false when the review already had this status */
                            changed: boolean;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reviews/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a review with a neutral reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reason": "off_topic"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        reason: "spam" | "off_topic" | "offensive_language" | "personal_information" | "not_about_product" | "conflict_of_interest" | "duplicate" | "illegal_content";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "review": {
                         *         "id": "prev_01JTX",
                         *         "product_id": "prod_01",
                         *         "customer_id": "cus_01",
                         *         "order_id": "order_01",
                         *         "order_line_item_id": "ordli_01",
                         *         "rating": 2,
                         *         "title": "Too small",
                         *         "body": "Runs a size small.",
                         *         "author_name": "Ana M.",
                         *         "status": "rejected",
                         *         "rejection_reason": "off_topic",
                         *         "moderated_at": "2026-05-01T10:00:00.000Z",
                         *         "moderated_by": null,
                         *         "verified_purchase": true,
                         *         "incentivized": false,
                         *         "incentive_grant_id": null,
                         *         "has_media": false,
                         *         "social_consent": false,
                         *         "helpful_count": 0,
                         *         "source": "store",
                         *         "import_key": null,
                         *         "import_id": null,
                         *         "media": [],
                         *         "product": {
                         *           "id": "prod_01",
                         *           "title": "Linen Shirt"
                         *         },
                         *         "response": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z",
                         *         "deleted_at": null
                         *       },
                         *       "changed": true
                         *     }
                         */
                        "application/json": {
                            review: components["schemas"]["AdminReview"];
                            /** @description false when the review already had this status */
                            changed: boolean;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reviews/{id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply to a review
         * @description Writes or replaces the merchant's public reply.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "body": "Thank you, we will check the sizing."
                     *     }
                     */
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "review": {
                         *         "id": "prev_01JTX",
                         *         "product_id": "prod_01",
                         *         "customer_id": "cus_01",
                         *         "order_id": "order_01",
                         *         "order_line_item_id": "ordli_01",
                         *         "rating": 2,
                         *         "title": "Too small",
                         *         "body": "Runs a size small.",
                         *         "author_name": "Ana M.",
                         *         "status": "pending",
                         *         "rejection_reason": null,
                         *         "moderated_at": null,
                         *         "moderated_by": null,
                         *         "verified_purchase": true,
                         *         "incentivized": false,
                         *         "incentive_grant_id": null,
                         *         "has_media": false,
                         *         "social_consent": false,
                         *         "helpful_count": 0,
                         *         "source": "store",
                         *         "import_key": null,
                         *         "import_id": null,
                         *         "media": [],
                         *         "product": {
                         *           "id": "prod_01",
                         *           "title": "Linen Shirt"
                         *         },
                         *         "response": {
                         *           "id": "prsp_01",
                         *           "body": "Thank you, we will check the sizing."
                         *         },
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z",
                         *         "deleted_at": null
                         *       }
                         *     }
                         */
                        "application/json": {
                            review: components["schemas"]["AdminReview"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reward-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reward rules */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "active" | "paused";
                    trigger?: "review_approved" | "review_with_photo_approved" | "share_visitors" | "share_order" | "referral_referrer" | "referral_friend";
                    /** @description Medusa's field selection, comma-separated: `+field` adds to the default fields, `-field` removes one, bare names replace the defaults. The answer lists the fields asked for. */
                    fields?: string;
                    /** @description Sort field, `-field` for descending (default: newest first). */
                    order?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "reward_rules": [
                         *         {
                         *           "id": "srrule_01JTX",
                         *           "name": "Thanks for your review",
                         *           "description": null,
                         *           "status": "active",
                         *           "version": 1,
                         *           "trigger": "review_approved",
                         *           "trigger_config": {
                         *             "verified_purchase_only": true
                         *           },
                         *           "reward": {
                         *             "type": "fixed",
                         *             "value": 5,
                         *             "currency_code": "eur",
                         *             "expires_in_days": 30
                         *           },
                         *           "caps": {
                         *             "period": "month",
                         *             "max_count": 2,
                         *             "max_value": null,
                         *             "budget": null
                         *           },
                         *           "min_order_value": null,
                         *           "hold_hours": 0,
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "updated_at": "2026-05-01T10:00:00.000Z"
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 20
                         *     }
                         */
                        "application/json": {
                            reward_rules: {
                                id: string;
                                name?: string;
                                description?: string | null;
                                status?: string;
                                version?: number;
                                trigger?: string;
                                trigger_config?: {
                                    visitors?: number;
                                    within_hours?: number;
                                    max_devices_per_network?: number;
                                    min_page_load_ratio?: number;
                                    verified_purchase_only?: boolean;
                                    product_ids?: string[];
                                };
                                reward?: {
                                    type: string;
                                    value?: number;
                                    currency_code?: string;
                                    expires_in_days: number;
                                    cost_estimate?: number;
                                };
                                caps?: {
                                    period: string;
                                    max_count: number | null;
                                    max_value: number | null;
                                    budget: number | null;
                                };
                                min_order_value?: number | null;
                                hold_hours?: number;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at?: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                updated_at?: string;
                            }[];
                            count: number;
                            offset: number;
                            limit: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a reward rule
         * @description A rule never depends on the rating or on a positive review (FTC 16 CFR 465).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Thanks for your review",
                     *       "status": "active",
                     *       "trigger": "review_approved",
                     *       "reward": {
                     *         "type": "fixed",
                     *         "value": 5,
                     *         "currency_code": "eur"
                     *       }
                     *     }
                     */
                    "application/json": {
                        name: string;
                        description?: string | null;
                        /**
                         * @default draft
                         * @enum {string}
                         */
                        status?: "draft" | "active" | "paused";
                        /** @enum {string} */
                        trigger: "review_approved" | "review_with_photo_approved" | "share_visitors" | "share_order" | "referral_referrer" | "referral_friend";
                        /** @default {} */
                        trigger_config?: {
                            visitors?: number;
                            within_hours?: number;
                            max_devices_per_network?: number;
                            min_page_load_ratio?: number;
                            verified_purchase_only?: boolean;
                            product_ids?: string[];
                        };
                        reward: {
                            /** @enum {string} */
                            type: "percentage" | "fixed" | "free_shipping";
                            value?: number;
                            currency_code?: string;
                            /** @default 30 */
                            expires_in_days?: number;
                            cost_estimate?: number;
                        };
                        /**
                         * @default {
                         *       "period": "month",
                         *       "max_count": null,
                         *       "max_value": null,
                         *       "budget": null
                         *     }
                         */
                        caps?: {
                            /**
                             * @default month
                             * @enum {string}
                             */
                            period?: "day" | "week" | "month" | "year" | "all";
                            /** @default null */
                            max_count?: number | null;
                            /** @default null */
                            max_value?: number | null;
                            /** @default null */
                            budget?: number | null;
                        };
                        /** @default null */
                        min_order_value?: number | null;
                        /** @default 0 */
                        hold_hours?: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "reward_rule": {
                         *         "id": "srrule_01JTX",
                         *         "name": "Thanks for your review",
                         *         "description": null,
                         *         "status": "active",
                         *         "version": 1,
                         *         "trigger": "review_approved",
                         *         "trigger_config": {
                         *           "verified_purchase_only": true
                         *         },
                         *         "reward": {
                         *           "type": "fixed",
                         *           "value": 5,
                         *           "currency_code": "eur",
                         *           "expires_in_days": 30
                         *         },
                         *         "caps": {
                         *           "period": "month",
                         *           "max_count": 2,
                         *           "max_value": null,
                         *           "budget": null
                         *         },
                         *         "min_order_value": null,
                         *         "hold_hours": 0,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            reward_rule: components["schemas"]["AdminRewardRule"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reward-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A reward rule and its versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "reward_rule": {
                         *         "id": "srrule_01JTX",
                         *         "name": "Thanks for your review",
                         *         "description": null,
                         *         "status": "active",
                         *         "version": 1,
                         *         "trigger": "review_approved",
                         *         "trigger_config": {
                         *           "verified_purchase_only": true
                         *         },
                         *         "reward": {
                         *           "type": "fixed",
                         *           "value": 5,
                         *           "currency_code": "eur",
                         *           "expires_in_days": 30
                         *         },
                         *         "caps": {
                         *           "period": "month",
                         *           "max_count": 2,
                         *           "max_value": null,
                         *           "budget": null
                         *         },
                         *         "min_order_value": null,
                         *         "hold_hours": 0,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       },
                         *       "versions": [
                         *         {
                         *           "version": 1,
                         *           "definition": {
                         *             "name": "Thanks for your review"
                         *           },
                         *           "created_at": "2026-05-01T10:00:00.000Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            reward_rule: components["schemas"]["AdminRewardRule"];
                            versions: {
                                version: number;
                                definition: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Change a reward rule (a new version) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "status": "paused"
                     *     }
                     */
                    "application/json": {
                        name?: string;
                        description?: string | null;
                        /** @enum {string} */
                        status?: "draft" | "active" | "paused";
                        /** @enum {string} */
                        trigger?: "review_approved" | "review_with_photo_approved" | "share_visitors" | "share_order" | "referral_referrer" | "referral_friend";
                        trigger_config?: {
                            visitors?: number;
                            within_hours?: number;
                            max_devices_per_network?: number;
                            min_page_load_ratio?: number;
                            verified_purchase_only?: boolean;
                            product_ids?: string[];
                        };
                        reward?: {
                            /** @enum {string} */
                            type: "percentage" | "fixed" | "free_shipping";
                            value?: number;
                            currency_code?: string;
                            /** @default 30 */
                            expires_in_days?: number;
                            cost_estimate?: number;
                        };
                        caps?: {
                            /**
                             * @default month
                             * @enum {string}
                             */
                            period?: "day" | "week" | "month" | "year" | "all";
                            /** @default null */
                            max_count?: number | null;
                            /** @default null */
                            max_value?: number | null;
                            /** @default null */
                            budget?: number | null;
                        };
                        min_order_value?: number | null;
                        hold_hours?: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "reward_rule": {
                         *         "id": "srrule_01JTX",
                         *         "name": "Thanks for your review",
                         *         "description": null,
                         *         "status": "paused",
                         *         "version": 2,
                         *         "trigger": "review_approved",
                         *         "trigger_config": {
                         *           "verified_purchase_only": true
                         *         },
                         *         "reward": {
                         *           "type": "fixed",
                         *           "value": 5,
                         *           "currency_code": "eur",
                         *           "expires_in_days": 30
                         *         },
                         *         "caps": {
                         *           "period": "month",
                         *           "max_count": 2,
                         *           "max_value": null,
                         *           "budget": null
                         *         },
                         *         "min_order_value": null,
                         *         "hold_hours": 0,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            reward_rule: components["schemas"]["AdminRewardRule"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Delete a reward rule
         * @description Its grants stay in the ledger with their copy of the rule.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "srrule_01JTX",
                         *       "object": "reward_rule",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": {
                            id: string;
                            /** @constant */
                            object: "reward_rule";
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reward-rules/{id}/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate a reward rule over past events
         * @description The grants it would have made, their cost and the caps hit. Writes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "days": 30
                     *     }
                     */
                    "application/json": {
                        /** @default 30 */
                        days?: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "simulation": {
                         *         "rule_id": "srrule_01JTX",
                         *         "days": 30,
                         *         "since": "2026-05-01T10:00:00.000Z",
                         *         "grants": [],
                         *         "skipped": [],
                         *         "missing": []
                         *       }
                         *     }
                         */
                        "application/json": {
                            simulation: {
                                rule_id: string;
                                days: number;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                since: string;
                                skipped: {
                                    source_id: string;
                                    reason: string;
                                }[];
                                missing: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `report` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reward-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The grant ledger */
        get: {
            parameters: {
                query?: {
                    status?: "held" | "issuing" | "issued" | "redeemed" | "expired" | "revoked" | "needs_review";
                    customer_id?: string;
                    rule_id?: string;
                    /** @description Medusa's field selection, comma-separated: `+field` adds to the default fields, `-field` removes one, bare names replace the defaults. The answer lists the fields asked for. */
                    fields?: string;
                    /** @description Sort field, `-field` for descending (default: newest first). */
                    order?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "reward_grants": [
                         *         {
                         *           "id": "srgr_01JTX",
                         *           "status": "issued",
                         *           "status_reason": null,
                         *           "customer_id": "cus_01",
                         *           "rule_id": "srrule_01JTX",
                         *           "rule_version": 1,
                         *           "rule_snapshot": {
                         *             "name": "Thanks for your review"
                         *           },
                         *           "source_type": "review",
                         *           "source_id": "prev_01JTX",
                         *           "order_id": null,
                         *           "value": 5,
                         *           "currency_code": "eur",
                         *           "hold_until": "2026-05-01T10:00:00.000Z",
                         *           "promotion_id": "promo_01",
                         *           "code": "THANKS-7QX2",
                         *           "expires_at": "2026-05-01T10:00:00.000Z",
                         *           "issued_at": "2026-05-01T10:00:00.000Z",
                         *           "revoked_at": null,
                         *           "clawback_value": null,
                         *           "signals": null,
                         *           "created_at": "2026-05-01T10:00:00.000Z"
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 20
                         *     }
                         */
                        "application/json": {
                            reward_grants: {
                                id: string;
                                status?: string;
                                status_reason?: string | null;
                                customer_id?: string;
                                rule_id?: string;
                                rule_version?: number;
                                rule_snapshot?: {
                                    [key: string]: unknown;
                                };
                                source_type?: string;
                                source_id?: string;
                                order_id?: string | null;
                                value?: number;
                                currency_code?: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                hold_until?: string;
                                promotion_id?: string | null;
                                code?: string | null;
                                expires_at?: string | null;
                                issued_at?: string | null;
                                revoked_at?: string | null;
                                clawback_value?: number | null;
                                signals?: unknown;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at?: string;
                            }[];
                            count: number;
                            offset: number;
                            limit: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reward-grants/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a grant waiting for review
         * @description One whose hold is over is issued at once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "reward_grant": {
                         *         "id": "srgr_01JTX",
                         *         "status": "issued",
                         *         "status_reason": null,
                         *         "customer_id": "cus_01",
                         *         "rule_id": "srrule_01JTX",
                         *         "rule_version": 1,
                         *         "rule_snapshot": {
                         *           "name": "Thanks for your review"
                         *         },
                         *         "source_type": "review",
                         *         "source_id": "prev_01JTX",
                         *         "order_id": null,
                         *         "value": 5,
                         *         "currency_code": "eur",
                         *         "hold_until": "2026-05-01T10:00:00.000Z",
                         *         "promotion_id": "promo_01",
                         *         "code": "THANKS-7QX2",
                         *         "expires_at": "2026-05-01T10:00:00.000Z",
                         *         "issued_at": "2026-05-01T10:00:00.000Z",
                         *         "revoked_at": null,
                         *         "clawback_value": null,
                         *         "signals": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            reward_grant: components["schemas"]["AdminRewardGrant"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reward-grants/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a grant
         * @description An unused code is deactivated; a used one is recorded as owed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reason": "order returned"
                     *     }
                     */
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "reward_grant": {
                         *         "id": "srgr_01JTX",
                         *         "status": "revoked",
                         *         "status_reason": "order returned",
                         *         "customer_id": "cus_01",
                         *         "rule_id": "srrule_01JTX",
                         *         "rule_version": 1,
                         *         "rule_snapshot": {
                         *           "name": "Thanks for your review"
                         *         },
                         *         "source_type": "review",
                         *         "source_id": "prev_01JTX",
                         *         "order_id": null,
                         *         "value": 5,
                         *         "currency_code": "eur",
                         *         "hold_until": "2026-05-01T10:00:00.000Z",
                         *         "promotion_id": "promo_01",
                         *         "code": "THANKS-7QX2",
                         *         "expires_at": "2026-05-01T10:00:00.000Z",
                         *         "issued_at": "2026-05-01T10:00:00.000Z",
                         *         "revoked_at": "2026-05-01T10:00:00.000Z",
                         *         "clawback_value": null,
                         *         "signals": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            reward_grant: components["schemas"]["AdminRewardGrant"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The referrals queue */
        get: {
            parameters: {
                query?: {
                    status?: "claimed" | "needs_review" | "qualified" | "rejected";
                    /** @description Medusa's field selection, comma-separated: `+field` adds to the default fields, `-field` removes one, bare names replace the defaults. The answer lists the fields asked for. */
                    fields?: string;
                    /** @description Sort field, `-field` for descending (default: oldest first). */
                    order?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "referrals": [
                         *         {
                         *           "id": "sref_01JTX",
                         *           "code": "ANA-7QX2",
                         *           "status": "needs_review",
                         *           "referrer_customer_id": "cus_01",
                         *           "friend_customer_id": "cus_02",
                         *           "signals": [
                         *             "same_ip_ua"
                         *           ],
                         *           "score": 60,
                         *           "order_id": null,
                         *           "review_note": null,
                         *           "created_at": "2026-05-01T10:00:00.000Z"
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 20
                         *     }
                         */
                        "application/json": {
                            referrals: {
                                id: string;
                                code?: string;
                                status?: string;
                                referrer_customer_id?: string;
                                friend_customer_id?: string;
                                signals?: unknown[];
                                score?: number | null;
                                order_id?: string | null;
                                review_note?: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at?: string;
                            }[];
                            count: number;
                            offset: number;
                            limit: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/referrals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a referral in review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "note": "same household"
                     *     }
                     */
                    "application/json": {
                        note?: string;
                        block?: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "referral": {
                         *         "id": "sref_01JTX",
                         *         "code": "ANA-7QX2",
                         *         "status": "claimed",
                         *         "referrer_customer_id": "cus_01",
                         *         "friend_customer_id": "cus_02",
                         *         "signals": [
                         *           "same_ip_ua"
                         *         ],
                         *         "score": 60,
                         *         "order_id": null,
                         *         "review_note": "same household",
                         *         "created_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            referral: components["schemas"]["AdminReferral"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/referrals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a referral in review
         * @description `block: true` also blocklists the friend.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "block": true
                     *     }
                     */
                    "application/json": {
                        note?: string;
                        block?: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "referral": {
                         *         "id": "sref_01JTX",
                         *         "code": "ANA-7QX2",
                         *         "status": "rejected",
                         *         "referrer_customer_id": "cus_01",
                         *         "friend_customer_id": "cus_02",
                         *         "signals": [
                         *           "same_ip_ua"
                         *         ],
                         *         "score": 60,
                         *         "order_id": null,
                         *         "review_note": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            referral: components["schemas"]["AdminReferral"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reward-blocklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The blocklist */
        get: {
            parameters: {
                query?: {
                    kind?: "email" | "customer" | "ip_ua" | "address";
                    /** @description Medusa's field selection, comma-separated: `+field` adds to the default fields, `-field` removes one, bare names replace the defaults. The answer lists the fields asked for. */
                    fields?: string;
                    /** @description Sort field, `-field` for descending (default: newest first). */
                    order?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "blocklist": [
                         *         {
                         *           "id": "srbl_01",
                         *           "kind": "email",
                         *           "value": "ab@gmail.com",
                         *           "reason": null,
                         *           "created_at": "2026-05-01T10:00:00.000Z"
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 50
                         *     }
                         */
                        "application/json": {
                            blocklist: {
                                id: string;
                                kind?: string;
                                value?: string;
                                reason?: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at?: string;
                            }[];
                            count: number;
                            offset: number;
                            limit: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a blocklist entry
         * @description Emails are stored normalised; an address is "address_1|postal_code|city|country_code". 201 when new, 200 when it was already there.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "kind": "email",
                     *       "value": "a.b+x@gmail.com"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        kind: "email" | "customer" | "address";
                        value: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Already there */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "entry": {
                         *         "id": "srbl_01",
                         *         "kind": "email",
                         *         "value": "ab@gmail.com",
                         *         "reason": null
                         *       }
                         *     }
                         */
                        "application/json": {
                            entry: {
                                id: string;
                                kind: string;
                                value: string;
                                reason: string | null;
                            };
                        };
                    };
                };
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "entry": {
                         *         "id": "srbl_01",
                         *         "kind": "email",
                         *         "value": "ab@gmail.com",
                         *         "reason": null
                         *       }
                         *     }
                         */
                        "application/json": {
                            entry: {
                                id: string;
                                kind: string;
                                value: string;
                                reason: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reward-blocklist/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a blocklist entry */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "srbl_01",
                         *       "object": "reward_blocklist_entry",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": {
                            id: string;
                            /** @constant */
                            object: "reward_blocklist_entry";
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/share-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Share links and what they did
         * @description Clicks, bot and self clicks, distinct visitors, attributed orders and revenue per currency.
         */
        get: {
            parameters: {
                query?: {
                    product_id?: string;
                    customer_id?: string;
                    network?: string;
                    /** @description Medusa's field selection, comma-separated: `+field` adds to the default fields, `-field` removes one, bare names replace the defaults. The answer lists the fields asked for. */
                    fields?: string;
                    /** @description Sort field, `-field` for descending (default: newest first). */
                    order?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "share_links": [
                         *         {
                         *           "id": "sshl_01",
                         *           "code": "aB3xY9",
                         *           "url": "https://api.example.com/s/aB3xY9",
                         *           "product_id": "prod_01",
                         *           "customer_id": "cus_01",
                         *           "network": "facebook",
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "clicks": 14,
                         *           "bot_clicks": 3,
                         *           "self_clicks": 1,
                         *           "distinct_visitors": 9,
                         *           "orders": 1,
                         *           "revenue": {
                         *             "eur": 49
                         *           }
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 50
                         *     }
                         */
                        "application/json": {
                            share_links: components["schemas"]["AdminShareLink"][];
                            count: number;
                            offset: number;
                            limit: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Social overview
         * @description What social brought in a date range beside the period of the same length before it: share clicks by people, distinct visitors, attributed orders and revenue, conversion, reviews, rewards and catalog items; revenue per day by network, the most shared products and the share funnel (docs/overview.md).
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    currency_code?: string;
                    model?: "last_non_direct" | "first" | "last" | "linear";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "overview": {
                         *         "from": "2026-04-01T00:00:00.000Z",
                         *         "to": "2026-05-01T00:00:00.000Z",
                         *         "previous": {
                         *           "from": "2026-03-02T00:00:00.000Z",
                         *           "to": "2026-04-01T00:00:00.000Z"
                         *         },
                         *         "currency_code": "eur",
                         *         "model": "last_non_direct",
                         *         "kpis": {
                         *           "share_clicks": {
                         *             "current": 120,
                         *             "previous": 80,
                         *             "change": 0.5
                         *           },
                         *           "distinct_visitors": {
                         *             "current": 96,
                         *             "previous": 70,
                         *             "change": 0.3714
                         *           },
                         *           "attributed_orders": {
                         *             "current": 12,
                         *             "previous": 9,
                         *             "change": 0.3333
                         *           },
                         *           "attributed_revenue": {
                         *             "current": 1180.5,
                         *             "previous": 860,
                         *             "change": 0.3727
                         *           },
                         *           "conversion_rate": {
                         *             "current": 0.05,
                         *             "previous": 0.045,
                         *             "change": 0.1111
                         *           },
                         *           "average_rating": {
                         *             "current": 4.4,
                         *             "previous": 4.2,
                         *             "change": 0.0476
                         *           },
                         *           "new_reviews": {
                         *             "current": 14,
                         *             "previous": 10,
                         *             "change": 0.4
                         *           },
                         *           "rewards_issued_value": {
                         *             "current": 70,
                         *             "previous": 45,
                         *             "change": 0.5556
                         *           },
                         *           "rewards_redeemed_value": {
                         *             "current": 25,
                         *             "previous": 10,
                         *             "change": 1.5
                         *           }
                         *         },
                         *         "pending_reviews": 3,
                         *         "grants_needing_review": 1,
                         *         "rewards_by_currency": [
                         *           {
                         *             "currency_code": "eur",
                         *             "issued": 14,
                         *             "issued_value": 70,
                         *             "redeemed": 5,
                         *             "redeemed_value": 25
                         *           }
                         *         ],
                         *         "catalog": [
                         *           {
                         *             "id": "scch_01JTX",
                         *             "name": "Meta EUR",
                         *             "destination": "meta",
                         *             "mode": "feed",
                         *             "items": 128,
                         *             "live": 127,
                         *             "errors": 1
                         *           }
                         *         ],
                         *         "series": {
                         *           "networks": [
                         *             "facebook"
                         *           ],
                         *           "days": [
                         *             {
                         *               "date": "2026-04-30",
                         *               "orders": 2,
                         *               "revenue": 98,
                         *               "networks": {
                         *                 "facebook": {
                         *                   "orders": 2,
                         *                   "revenue": 98
                         *                 }
                         *               }
                         *             }
                         *           ]
                         *         },
                         *         "top_products": [
                         *           {
                         *             "product_id": "prod_01",
                         *             "title": "Alpine Trail Jacket",
                         *             "thumbnail": null,
                         *             "links": 4,
                         *             "clicks": 37,
                         *             "visitors": 30
                         *           }
                         *         ],
                         *         "funnel": [
                         *           {
                         *             "step": "shares",
                         *             "label": "Links shared",
                         *             "value": 40,
                         *             "rate": null
                         *           },
                         *           {
                         *             "step": "clicks",
                         *             "label": "Clicks by people",
                         *             "value": 120,
                         *             "rate": 3
                         *           },
                         *           {
                         *             "step": "visits",
                         *             "label": "Landings on the store",
                         *             "value": 90,
                         *             "rate": 0.75
                         *           },
                         *           {
                         *             "step": "orders",
                         *             "label": "Orders",
                         *             "value": 6,
                         *             "rate": 0.0667
                         *           }
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": {
                            overview: {
                                from: string;
                                to: string;
                                previous: {
                                    from: string;
                                    to: string;
                                };
                                currency_code: string | null;
                                model: string;
                                kpis: {
                                    share_clicks: {
                                        current: number | null;
                                        previous: number | null;
                                        /** @description relative change (0.25 = +25%); null from 0 or an unknown figure */
                                        change: number | null;
                                    };
                                    distinct_visitors: {
                                        current: number | null;
                                        previous: number | null;
                                        /** @description relative change (0.25 = +25%); null from 0 or an unknown figure */
                                        change: number | null;
                                    };
                                    attributed_orders: {
                                        current: number | null;
                                        previous: number | null;
                                        /** @description relative change (0.25 = +25%); null from 0 or an unknown figure */
                                        change: number | null;
                                    };
                                    attributed_revenue: {
                                        current: number | null;
                                        previous: number | null;
                                        /** @description relative change (0.25 = +25%); null from 0 or an unknown figure */
                                        change: number | null;
                                    };
                                    conversion_rate: {
                                        current: number | null;
                                        previous: number | null;
                                        /** @description relative change (0.25 = +25%); null from 0 or an unknown figure */
                                        change: number | null;
                                    };
                                    average_rating: {
                                        current: number | null;
                                        previous: number | null;
                                        /** @description relative change (0.25 = +25%); null from 0 or an unknown figure */
                                        change: number | null;
                                    };
                                    new_reviews: {
                                        current: number | null;
                                        previous: number | null;
                                        /** @description relative change (0.25 = +25%); null from 0 or an unknown figure */
                                        change: number | null;
                                    };
                                    rewards_issued_value: {
                                        current: number | null;
                                        previous: number | null;
                                        /** @description relative change (0.25 = +25%); null from 0 or an unknown figure */
                                        change: number | null;
                                    };
                                    rewards_redeemed_value: {
                                        current: number | null;
                                        previous: number | null;
                                        /** @description relative change (0.25 = +25%); null from 0 or an unknown figure */
                                        change: number | null;
                                    };
                                };
                                pending_reviews: number;
                                grants_needing_review: number;
                                rewards_by_currency: {
                                    currency_code: string | null;
                                    issued: number;
                                    issued_value: number;
                                    redeemed: number;
                                    redeemed_value: number;
                                }[];
                                catalog: {
                                    id: string;
                                    name: string;
                                    destination: string;
                                    mode: string;
                                    items: number;
                                    live: number;
                                    errors: number;
                                }[];
                                series: {
                                    networks: string[];
                                    days: {
                                        date: string;
                                        orders: number;
                                        revenue: number;
                                        networks: {
                                            [key: string]: {
                                                orders: number;
                                                revenue: number;
                                            };
                                        };
                                    }[];
                                };
                                top_products: {
                                    product_id: string;
                                    title: string | null;
                                    thumbnail: string | null;
                                    links: number;
                                    clicks: number;
                                    visitors: number;
                                }[];
                                funnel: {
                                    step: string;
                                    label: string;
                                    value: number;
                                    rate: number | null;
                                }[];
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `report` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/attribution/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Attribution report
         * @description Orders, revenue, AOV and share per network, campaign, product, share link or post under one model, with a daily series; one currency per report. `group_by=post`: the orders that came through the shop's own posts (each has its own share link), keyed by post id with the post's account and network; the totals stay those of all orders.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    group_by?: "network" | "campaign" | "product" | "share_link" | "post";
                    currency_code?: string;
                    model?: "last_non_direct" | "first" | "last" | "linear";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "report": {
                         *         "from": "2026-04-01T00:00:00.000Z",
                         *         "to": "2026-05-01T00:00:00.000Z",
                         *         "group_by": "network",
                         *         "model": "last_non_direct",
                         *         "currency_code": "eur",
                         *         "totals": {
                         *           "orders": 2,
                         *           "revenue": 98,
                         *           "aov": 49
                         *         },
                         *         "groups": [
                         *           {
                         *             "key": "facebook",
                         *             "orders": 2,
                         *             "revenue": 98,
                         *             "aov": 49,
                         *             "share": 1
                         *           }
                         *         ],
                         *         "series": [
                         *           {
                         *             "date": "2026-04-30",
                         *             "orders": 2,
                         *             "revenue": 98,
                         *             "groups": {
                         *               "facebook": {
                         *                 "orders": 2,
                         *                 "revenue": 98
                         *               }
                         *             }
                         *           }
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": {
                            report: {
                                from: string;
                                to: string;
                                /** @enum {string} */
                                group_by: "network" | "campaign" | "product" | "share_link" | "post";
                                model: string;
                                /** @description one currency per report */
                                currency_code: string | null;
                                totals: {
                                    orders: number;
                                    revenue: number;
                                    aov: number;
                                };
                                groups: {
                                    key: string;
                                    orders: number;
                                    revenue: number;
                                    aov: number;
                                    share: number;
                                    /** @description group_by=post: the post (the key is its id), its account and network */
                                    post?: {
                                        id: string;
                                        account_id: string;
                                        network: string | null;
                                        share_code: string;
                                    };
                                }[];
                                series: {
                                    date: string;
                                    orders: number;
                                    revenue: number;
                                    groups: {
                                        [key: string]: {
                                            orders: number;
                                            revenue: number;
                                        };
                                    };
                                }[];
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `report` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/attribution/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One order's attribution
         * @description Every model's weights, the decision trace and the order's conversion events.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "attribution": {
                         *         "order_id": "order_01",
                         *         "total": 49,
                         *         "network": "facebook",
                         *         "conversion_events": [
                         *           {
                         *             "destination": "meta",
                         *             "event_id": "order_01",
                         *             "status": "sent"
                         *           }
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": {
                            attribution: {
                                order_id: string;
                                total: number;
                                conversion_events: ({
                                    destination: string;
                                    event_id: string;
                                    status: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shop's social accounts */
        get: {
            parameters: {
                query?: {
                    network?: "facebook" | "instagram" | "pinterest" | "x" | "linkedin" | "tiktok";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "accounts": [
                         *         {
                         *           "id": "spac_01JTX",
                         *           "network": "x",
                         *           "name": "Acme on X",
                         *           "external_id": "1498765432",
                         *           "board_id": null,
                         *           "credentials_set": {
                         *             "access_token": true,
                         *             "refresh_token": true
                         *           },
                         *           "status": "unchecked",
                         *           "status_message": null,
                         *           "checked_at": null,
                         *           "time_zone": "Europe/Paris",
                         *           "monthly_post_budget": 100,
                         *           "bio_handle": null,
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "updated_at": "2026-05-01T10:00:00.000Z"
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 50
                         *     }
                         */
                        "application/json": {
                            accounts: components["schemas"]["AdminSocialAccount"][];
                            count: number;
                            offset: number;
                            limit: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Connect a social account
         * @description Credentials are write-only: sealed (AES-256-GCM, bound to the account) and answered only as `credentials_set`. Each network has its required keys (facebook: page_access_token; the others: access_token) and optional ones (refresh tokens and app credentials); Pinterest needs `board_id`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "network": "x",
                     *       "name": "Acme on X",
                     *       "external_id": "1498765432",
                     *       "credentials": {
                     *         "access_token": "…",
                     *         "refresh_token": "…"
                     *       },
                     *       "time_zone": "Europe/Paris",
                     *       "monthly_post_budget": 100
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        network: "facebook" | "instagram" | "pinterest" | "x" | "linkedin" | "tiktok";
                        name: string;
                        external_id: string;
                        board_id?: string;
                        /** @default {} */
                        credentials?: {
                            [key: string]: string;
                        };
                        /** @default UTC */
                        time_zone?: string;
                        monthly_post_budget?: number | null;
                        bio_handle?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "account": {
                         *         "id": "spac_01JTX",
                         *         "network": "x",
                         *         "name": "Acme on X",
                         *         "external_id": "1498765432",
                         *         "board_id": null,
                         *         "credentials_set": {
                         *           "access_token": true,
                         *           "refresh_token": true
                         *         },
                         *         "status": "unchecked",
                         *         "status_message": null,
                         *         "checked_at": null,
                         *         "time_zone": "Europe/Paris",
                         *         "monthly_post_budget": 100,
                         *         "bio_handle": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            account: components["schemas"]["AdminSocialAccount"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A social account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "account": {
                         *         "id": "spac_01JTX",
                         *         "network": "x",
                         *         "name": "Acme on X",
                         *         "external_id": "1498765432",
                         *         "board_id": null,
                         *         "credentials_set": {
                         *           "access_token": true,
                         *           "refresh_token": true
                         *         },
                         *         "status": "unchecked",
                         *         "status_message": null,
                         *         "checked_at": null,
                         *         "time_zone": "Europe/Paris",
                         *         "monthly_post_budget": 100,
                         *         "bio_handle": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            account: components["schemas"]["AdminSocialAccount"];
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Edit a social account
         * @description A credential value replaces, null removes; changing credentials makes the account `unchecked`. The network and platform id never change (connect another account instead). `bio_handle` names the account's public link-in-bio page (`/social/bio/{bio_handle}`; null removes it); another account's handle is a 400.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "credentials": {
                     *         "access_token": "…"
                     *       },
                     *       "bio_handle": "acme"
                     *     }
                     */
                    "application/json": {
                        name?: string;
                        board_id?: string;
                        credentials?: {
                            [key: string]: string | null;
                        };
                        time_zone?: string;
                        monthly_post_budget?: number | null;
                        bio_handle?: string | null;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "account": {
                         *         "id": "spac_01JTX",
                         *         "network": "x",
                         *         "name": "Acme on X",
                         *         "external_id": "1498765432",
                         *         "board_id": null,
                         *         "credentials_set": {
                         *           "access_token": true,
                         *           "refresh_token": true
                         *         },
                         *         "status": "unchecked",
                         *         "status_message": null,
                         *         "checked_at": null,
                         *         "time_zone": "Europe/Paris",
                         *         "monthly_post_budget": 100,
                         *         "bio_handle": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            account: components["schemas"]["AdminSocialAccount"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Disconnect a social account
         * @description Its credentials are erased; its published posts stay for the reports.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "spac_01JTX",
                         *       "object": "social_account",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": {
                            id: string;
                            /** @constant */
                            object: "social_account";
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/accounts/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a social account's connection
         * @description Calls the platform's identity endpoint with the stored token (Graph `/{id}?fields=…`, Pinterest `/v5/user_account` and the board, X `/2/users/me`, LinkedIn `/rest/organizations/{id}`, TikTok `/v2/user/info/` and the creator's privacy options), renewing the token first where the platform has refresh tokens (Pinterest, X, LinkedIn, TikTok) and sealing the new tokens. Stores the account's `status`: `connected` (with whose account it is in `status_message`), or `refused` with what to do. `unreachable` (a throttle, a network error) changes nothing stored.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "account": {
                         *         "id": "spac_01JTX",
                         *         "network": "x",
                         *         "name": "Acme on X",
                         *         "external_id": "1498765432",
                         *         "board_id": null,
                         *         "credentials_set": {
                         *           "access_token": true,
                         *           "refresh_token": true
                         *         },
                         *         "status": "connected",
                         *         "status_message": "@acme",
                         *         "checked_at": "2026-05-01T10:00:00.000Z",
                         *         "time_zone": "Europe/Paris",
                         *         "monthly_post_budget": 100,
                         *         "bio_handle": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       },
                         *       "check": {
                         *         "outcome": "connected",
                         *         "message": "@acme"
                         *       }
                         *     }
                         */
                        "application/json": {
                            account: components["schemas"]["AdminSocialAccount"];
                            check: {
                                /** @enum {string} */
                                outcome: "connected" | "refused" | "unreachable";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Posts by account, status, product and time */
        get: {
            parameters: {
                query?: {
                    account_id?: string;
                    product_id?: string;
                    status?: "draft" | "scheduled" | "publishing" | "published" | "failed" | "held";
                    origin?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    offset?: number;
                    fields?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "posts": [
                         *         {
                         *           "id": "spst_01JTX",
                         *           "account_id": "spac_01JTX",
                         *           "status": "scheduled",
                         *           "product_id": "prod_01JTX",
                         *           "variant_id": null,
                         *           "link_url": null,
                         *           "template": "{title} – {price}",
                         *           "text": "Trail Tee – 12,50 €\nhttps://api.example.com/s/Xq8Ab12CdE",
                         *           "title": null,
                         *           "media": "og",
                         *           "locale": "fr-FR",
                         *           "currency_code": "eur",
                         *           "country_code": "fr",
                         *           "scheduled_at": "2026-05-02T08:00:00.000Z",
                         *           "time_zone": "Europe/Paris",
                         *           "share_code": "Xq8Ab12CdE",
                         *           "share_url": "https://api.example.com/s/Xq8Ab12CdE",
                         *           "platform_post_id": null,
                         *           "permalink": null,
                         *           "error_message": null,
                         *           "attempts": 0,
                         *           "published_at": null,
                         *           "origin": "manual",
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "updated_at": "2026-05-01T10:00:00.000Z"
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 50
                         *     }
                         */
                        "application/json": {
                            posts: components["schemas"]["AdminSocialPost"][];
                            count: number;
                            offset: number;
                            limit: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Make a post for one account and one market
         * @description A product post (its text from a template with `{title}`, `{price}`, `{sale_price}`, `{original_price}`, `{rating}`, `{review_count}`, `{link}`, `{brand}`, `{collection}`, `{shop}`, `{description}` rendered in the market's locale and currency, and its own tracked link) or a free-text post with a storefront `link_url`. The network's limits are checked before it is stored (X 280 as X counts, a link being 23; Instagram 2,200 and 30 hashtags; Pinterest title 100 and description 500; LinkedIn 3,000; TikTok title 90): a 400 names the field.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "account_id": "spac_01JTX",
                     *       "product_id": "prod_01JTX",
                     *       "template": "{title} – {price}",
                     *       "locale": "fr-FR",
                     *       "currency_code": "eur",
                     *       "status": "scheduled",
                     *       "scheduled_at": "2026-05-02T10:00:00+02:00",
                     *       "time_zone": "Europe/Paris"
                     *     }
                     */
                    "application/json": {
                        account_id: string;
                        product_id?: string;
                        variant_id?: string;
                        /** Format: uri */
                        link_url?: string;
                        template?: string;
                        text?: string;
                        title?: string;
                        locale?: string;
                        currency_code?: string;
                        /** Format: date-time */
                        scheduled_at?: string;
                        time_zone?: string;
                        /**
                         * @default draft
                         * @enum {string}
                         */
                        status?: "draft" | "scheduled";
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "post": {
                         *         "id": "spst_01JTX",
                         *         "account_id": "spac_01JTX",
                         *         "status": "scheduled",
                         *         "product_id": "prod_01JTX",
                         *         "variant_id": null,
                         *         "link_url": null,
                         *         "template": "{title} – {price}",
                         *         "text": "Trail Tee – 12,50 €\nhttps://api.example.com/s/Xq8Ab12CdE",
                         *         "title": null,
                         *         "media": "og",
                         *         "locale": "fr-FR",
                         *         "currency_code": "eur",
                         *         "country_code": "fr",
                         *         "scheduled_at": "2026-05-02T08:00:00.000Z",
                         *         "time_zone": "Europe/Paris",
                         *         "share_code": "Xq8Ab12CdE",
                         *         "share_url": "https://api.example.com/s/Xq8Ab12CdE",
                         *         "platform_post_id": null,
                         *         "permalink": null,
                         *         "error_message": null,
                         *         "attempts": 0,
                         *         "published_at": null,
                         *         "origin": "manual",
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            post: components["schemas"]["AdminSocialPost"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A post */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "post": {
                         *         "id": "spst_01JTX",
                         *         "account_id": "spac_01JTX",
                         *         "status": "scheduled",
                         *         "product_id": "prod_01JTX",
                         *         "variant_id": null,
                         *         "link_url": null,
                         *         "template": "{title} – {price}",
                         *         "text": "Trail Tee – 12,50 €\nhttps://api.example.com/s/Xq8Ab12CdE",
                         *         "title": null,
                         *         "media": "og",
                         *         "locale": "fr-FR",
                         *         "currency_code": "eur",
                         *         "country_code": "fr",
                         *         "scheduled_at": "2026-05-02T08:00:00.000Z",
                         *         "time_zone": "Europe/Paris",
                         *         "share_code": "Xq8Ab12CdE",
                         *         "share_url": "https://api.example.com/s/Xq8Ab12CdE",
                         *         "platform_post_id": null,
                         *         "permalink": null,
                         *         "error_message": null,
                         *         "attempts": 0,
                         *         "published_at": null,
                         *         "origin": "manual",
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            post: components["schemas"]["AdminSocialPost"];
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Edit a post not yet sent
         * @description Composed again for its network and market, keeping its tracked link. A post being published or published answers 400 (not_allowed) or 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "scheduled_at": "2026-05-03T10:00:00+02:00"
                     *     }
                     */
                    "application/json": {
                        template?: string;
                        text?: string;
                        title?: string | null;
                        scheduled_at?: string | null;
                        time_zone?: string;
                        /** @enum {string} */
                        status?: "draft" | "scheduled" | "held";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "post": {
                         *         "id": "spst_01JTX",
                         *         "account_id": "spac_01JTX",
                         *         "status": "scheduled",
                         *         "product_id": "prod_01JTX",
                         *         "variant_id": null,
                         *         "link_url": null,
                         *         "template": "{title} – {price}",
                         *         "text": "Trail Tee – 12,50 €\nhttps://api.example.com/s/Xq8Ab12CdE",
                         *         "title": null,
                         *         "media": "og",
                         *         "locale": "fr-FR",
                         *         "currency_code": "eur",
                         *         "country_code": "fr",
                         *         "scheduled_at": "2026-05-02T08:00:00.000Z",
                         *         "time_zone": "Europe/Paris",
                         *         "share_code": "Xq8Ab12CdE",
                         *         "share_url": "https://api.example.com/s/Xq8Ab12CdE",
                         *         "platform_post_id": null,
                         *         "permalink": null,
                         *         "error_message": null,
                         *         "attempts": 0,
                         *         "published_at": null,
                         *         "origin": "manual",
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            post: components["schemas"]["AdminSocialPost"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Delete a post not yet sent */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "spst_01JTX",
                         *       "object": "social_post",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": {
                            id: string;
                            /** @constant */
                            object: "social_post";
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/posts/{id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a post did
         * @description The platform's figures as last polled by the hourly `social-publish-metrics` job for posts published in the last 28 days (Graph `/{post-id}/insights` and comments and shares for Page posts; Instagram media insights; X `public_metrics` and, with the author's token, link clicks; Pinterest pin analytics), the clicks on the post's own tracked link, and the orders and revenue attributed to that link (last non-direct), per currency.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "metrics": {
                         *         "post_id": "spst_01JTX",
                         *         "platform": {
                         *           "impressions": 1840,
                         *           "reactions": 52,
                         *           "comments": 7,
                         *           "shares": 4,
                         *           "link_clicks": 61
                         *         },
                         *         "platform_fetched_at": "2026-05-01T10:00:00.000Z",
                         *         "link": {
                         *           "clicks": 75,
                         *           "bot_clicks": 12,
                         *           "distinct_visitors": 58
                         *         },
                         *         "orders": [
                         *           {
                         *             "currency_code": "eur",
                         *             "orders": 3,
                         *             "revenue": 147.5
                         *           }
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": {
                            metrics: {
                                post_id: string;
                                /** @description from the platform's insights (null until polled, or where the network is not read); a null figure is one the platform does not tell */
                                platform: {
                                    impressions: number | null;
                                    reactions: number | null;
                                    comments: number | null;
                                    shares: number | null;
                                    link_clicks: number | null;
                                } | null;
                                platform_fetched_at: string | null;
                                link: {
                                    clicks: number;
                                    bot_clicks: number;
                                    distinct_visitors: number;
                                } | null;
                                orders: {
                                    currency_code: string;
                                    orders: number;
                                    revenue: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/auto-post-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Automatic post rules */
        get: {
            parameters: {
                query?: {
                    account_id?: string;
                    trigger?: "product_published" | "back_in_stock" | "sale_started" | "price_dropped" | "review_approved";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "rules": [
                         *         {
                         *           "id": "spar_01JTX",
                         *           "account_id": "spac_01JTX",
                         *           "trigger": "sale_started",
                         *           "template": "{title} is on sale: {sale_price} instead of {original_price}",
                         *           "locale": "fr-FR",
                         *           "currency_code": "eur",
                         *           "mode": "draft",
                         *           "delay_minutes": 10,
                         *           "cooldown_hours": 72,
                         *           "min_drop_percent": 0,
                         *           "enabled": true,
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "updated_at": "2026-05-01T10:00:00.000Z"
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 50
                         *     }
                         */
                        "application/json": {
                            rules: {
                                id: string;
                                account_id: string;
                                /** @enum {string} */
                                trigger: "product_published" | "back_in_stock" | "sale_started" | "price_dropped" | "review_approved";
                                template: string;
                                locale: string;
                                currency_code: string;
                                /** @enum {string} */
                                mode: "draft" | "scheduled";
                                delay_minutes: number;
                                cooldown_hours: number;
                                min_drop_percent: number;
                                enabled: boolean;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                updated_at: string;
                            }[];
                            count: number;
                            offset: number;
                            limit: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Make an automatic post rule
         * @description Posts on one account, in one market, when a product is published (products created after the rule), comes back in stock (a variant), goes on sale or drops in price (seen by the price watch, `social.prices.changed`; `min_drop_percent`), or gets a review approved whose author agreed to be quoted (`social_consent`; the template may use `{review_quote}`, `{review_author}`, `{review_rating}`). `mode` draft waits for an admin (posts list `origin=<rule id>`), scheduled goes out `delay_minutes` later. Never for an unpublished product or one out of stock in the market; not within `cooldown_hours` after any post of the product on the account; one post per change, whatever the number of deliveries of its event. The template is checked here (400 naming `template`); network limits when each post is made (a post they refuse is not made, and logged).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "account_id": "spac_01JTX",
                     *       "trigger": "sale_started",
                     *       "template": "{title} is on sale: {sale_price} instead of {original_price}",
                     *       "locale": "fr-FR",
                     *       "currency_code": "eur",
                     *       "mode": "draft"
                     *     }
                     */
                    "application/json": {
                        account_id: string;
                        /** @enum {string} */
                        trigger: "product_published" | "back_in_stock" | "sale_started" | "price_dropped" | "review_approved";
                        locale?: string;
                        currency_code?: string;
                        template: string;
                        /**
                         * @default draft
                         * @enum {string}
                         */
                        mode?: "draft" | "scheduled";
                        /** @default 10 */
                        delay_minutes?: number;
                        /** @default 72 */
                        cooldown_hours?: number;
                        min_drop_percent?: number;
                        /** @default true */
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "rule": {
                         *         "id": "spar_01JTX",
                         *         "account_id": "spac_01JTX",
                         *         "trigger": "sale_started",
                         *         "template": "{title} is on sale: {sale_price} instead of {original_price}",
                         *         "locale": "fr-FR",
                         *         "currency_code": "eur",
                         *         "mode": "draft",
                         *         "delay_minutes": 10,
                         *         "cooldown_hours": 72,
                         *         "min_drop_percent": 0,
                         *         "enabled": true,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            rule: {
                                id: string;
                                account_id: string;
                                /** @enum {string} */
                                trigger: "product_published" | "back_in_stock" | "sale_started" | "price_dropped" | "review_approved";
                                template: string;
                                locale: string;
                                currency_code: string;
                                /** @enum {string} */
                                mode: "draft" | "scheduled";
                                delay_minutes: number;
                                cooldown_hours: number;
                                min_drop_percent: number;
                                enabled: boolean;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/auto-post-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An automatic post rule */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "rule": {
                         *         "id": "spar_01JTX",
                         *         "account_id": "spac_01JTX",
                         *         "trigger": "sale_started",
                         *         "template": "{title} is on sale: {sale_price} instead of {original_price}",
                         *         "locale": "fr-FR",
                         *         "currency_code": "eur",
                         *         "mode": "draft",
                         *         "delay_minutes": 10,
                         *         "cooldown_hours": 72,
                         *         "min_drop_percent": 0,
                         *         "enabled": true,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            rule: {
                                id: string;
                                account_id: string;
                                /** @enum {string} */
                                trigger: "product_published" | "back_in_stock" | "sale_started" | "price_dropped" | "review_approved";
                                template: string;
                                locale: string;
                                currency_code: string;
                                /** @enum {string} */
                                mode: "draft" | "scheduled";
                                delay_minutes: number;
                                cooldown_hours: number;
                                min_drop_percent: number;
                                enabled: boolean;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Edit an automatic post rule
         * @description Its template, mode, delay, cool-down, drop threshold, or `enabled`. The account, trigger and market stay.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "enabled": false
                     *     }
                     */
                    "application/json": {
                        template?: string;
                        /** @enum {string} */
                        mode?: "draft" | "scheduled";
                        delay_minutes?: number;
                        cooldown_hours?: number;
                        min_drop_percent?: number;
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "rule": {
                         *         "id": "spar_01JTX",
                         *         "account_id": "spac_01JTX",
                         *         "trigger": "sale_started",
                         *         "template": "{title} is on sale: {sale_price} instead of {original_price}",
                         *         "locale": "fr-FR",
                         *         "currency_code": "eur",
                         *         "mode": "draft",
                         *         "delay_minutes": 10,
                         *         "cooldown_hours": 72,
                         *         "min_drop_percent": 0,
                         *         "enabled": false,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            rule: {
                                id: string;
                                account_id: string;
                                /** @enum {string} */
                                trigger: "product_published" | "back_in_stock" | "sale_started" | "price_dropped" | "review_approved";
                                template: string;
                                locale: string;
                                currency_code: string;
                                /** @enum {string} */
                                mode: "draft" | "scheduled";
                                delay_minutes: number;
                                cooldown_hours: number;
                                min_drop_percent: number;
                                enabled: boolean;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Delete an automatic post rule
         * @description The posts it made stay.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "spar_01JTX",
                         *       "object": "social_auto_post_rule",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": {
                            id: string;
                            /** @constant */
                            object: "social_auto_post_rule";
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Comments, replies and mentions on the shop's posts
         * @description Oldest first by default (the comment waiting longest comes first). Filters: status, account, post, product, network, kind. Each item is tied to its post and the post's product; `fields=+product.title` joins the product. Comments their authors deleted are not listed.
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "done" | "hidden";
                    account_id?: string;
                    post_id?: string;
                    product_id?: string;
                    network?: "facebook" | "instagram" | "x" | "linkedin";
                    kind?: "comment" | "reply" | "mention";
                    /** @description Medusa's field selection, comma-separated: `+field` adds to the default fields, `-field` removes one, bare names replace the defaults. The answer lists the fields asked for. */
                    fields?: string;
                    /** @description Sort field, `-field` for descending (default: newest first). */
                    order?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "sinb_01JTX",
                         *           "account_id": "spac_01JTX",
                         *           "network": "facebook",
                         *           "post_id": "spst_01JTX",
                         *           "product_id": "prod_01JTX",
                         *           "platform_comment_id": "1010_5_77",
                         *           "platform_post_id": "1010_5",
                         *           "platform_parent_id": null,
                         *           "kind": "comment",
                         *           "author_name": "Ann B.",
                         *           "author_handle": null,
                         *           "text": "Does it come in green?",
                         *           "commented_at": "2026-05-01T10:00:00.000Z",
                         *           "status": "open",
                         *           "replied_at": null,
                         *           "reply_id": null,
                         *           "reply_text": null,
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "updated_at": "2026-05-01T10:00:00.000Z"
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 50
                         *     }
                         */
                        "application/json": {
                            items: components["schemas"]["AdminInboxItem"][];
                            count: number;
                            offset: number;
                            limit: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/inbox/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a comment publicly
         * @description Through its network: a comment under the Facebook comment, an Instagram reply (or an answer to a mention), an X reply. The item is done. One answer per item: a second is refused (400). The platform's refusal is a 400 with its message.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "text": "Yes, from Monday!"
                     *     }
                     */
                    "application/json": {
                        text: string;
                        resend?: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "item": {
                         *         "id": "sinb_01JTX",
                         *         "account_id": "spac_01JTX",
                         *         "network": "facebook",
                         *         "post_id": "spst_01JTX",
                         *         "product_id": "prod_01JTX",
                         *         "platform_comment_id": "1010_5_77",
                         *         "platform_post_id": "1010_5",
                         *         "platform_parent_id": null,
                         *         "kind": "comment",
                         *         "author_name": "Ann B.",
                         *         "author_handle": null,
                         *         "text": "Does it come in green?",
                         *         "commented_at": "2026-05-01T10:00:00.000Z",
                         *         "status": "done",
                         *         "replied_at": "2026-05-01T10:00:00.000Z",
                         *         "reply_id": "1010_5_78",
                         *         "reply_text": "Yes, from Monday!",
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            item: components["schemas"]["AdminInboxItem"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/inbox/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a comment on its network
         * @description Facebook `is_hidden`, Instagram `hide`, X's hidden replies: others no longer see it, its author still does. A mention on another account's media cannot be hidden (400).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "item": {
                         *         "id": "sinb_01JTX",
                         *         "account_id": "spac_01JTX",
                         *         "network": "facebook",
                         *         "post_id": "spst_01JTX",
                         *         "product_id": "prod_01JTX",
                         *         "platform_comment_id": "1010_5_77",
                         *         "platform_post_id": "1010_5",
                         *         "platform_parent_id": null,
                         *         "kind": "comment",
                         *         "author_name": "Ann B.",
                         *         "author_handle": null,
                         *         "text": "Does it come in green?",
                         *         "commented_at": "2026-05-01T10:00:00.000Z",
                         *         "status": "hidden",
                         *         "replied_at": null,
                         *         "reply_id": null,
                         *         "reply_text": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            item: components["schemas"]["AdminInboxItem"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/inbox/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a comment done
         * @description Handled without a public answer; nothing is sent to the network.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "item": {
                         *         "id": "sinb_01JTX",
                         *         "account_id": "spac_01JTX",
                         *         "network": "facebook",
                         *         "post_id": "spst_01JTX",
                         *         "product_id": "prod_01JTX",
                         *         "platform_comment_id": "1010_5_77",
                         *         "platform_post_id": "1010_5",
                         *         "platform_parent_id": null,
                         *         "kind": "comment",
                         *         "author_name": "Ann B.",
                         *         "author_handle": null,
                         *         "text": "Does it come in green?",
                         *         "commented_at": "2026-05-01T10:00:00.000Z",
                         *         "status": "done",
                         *         "replied_at": null,
                         *         "reply_id": null,
                         *         "reply_text": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            item: components["schemas"]["AdminInboxItem"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/social/webhooks/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meta's webhook verification
         * @description Answers `hub.challenge` as text when `hub.verify_token` is the plugin's `inbox.metaVerifyToken`; 403 otherwise (and when none is configured).
         */
        get: {
            parameters: {
                query: {
                    "hub.mode": "subscribe";
                    "hub.verify_token": string;
                    "hub.challenge": string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The challenge, echoed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /** @example 1158201444 */
                        "text/plain": string;
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Meta's webhook deliveries: Page feed comments, Instagram comments and mentions
         * @description `X-Hub-Signature-256` must be `sha256=` and the HMAC-SHA256 of the raw body with the app secret (`inbox.metaAppSecret`, or an `app_secret` stored on a Facebook or Instagram account): 401 without it, 403 when it does not match, and nothing is written. A delivery received twice stores nothing the second time.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    "x-hub-signature-256": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "object": "page",
                     *       "entry": [
                     *         {
                     *           "id": "1010",
                     *           "time": 1764900000,
                     *           "changes": [
                     *             {
                     *               "field": "feed",
                     *               "value": {
                     *                 "item": "comment",
                     *                 "verb": "add",
                     *                 "comment_id": "1010_5_77",
                     *                 "post_id": "1010_5",
                     *                 "parent_id": "1010_5",
                     *                 "message": "Does it come in green?",
                     *                 "from": {
                     *                   "id": "77",
                     *                   "name": "Ann B."
                     *                 },
                     *                 "created_time": 1764900000
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        object: string;
                        entry: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "received": 1,
                         *       "stored": 1,
                         *       "removed": 0
                         *     }
                         */
                        "application/json": {
                            /** @description Comment changes the delivery carried (other fields are ignored). */
                            received: number;
                            /** @description Items stored or changed (0 for a delivery received before). */
                            stored: number;
                            removed: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/s/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open a share link
         * @description A person is sent (302) to the storefront product page in the sharer's locale, with UTM parameters and `sc`; a link previewer (by user agent) gets a small HTML page with the product's Open Graph, X and JSON-LD tags. The click is counted off the request path. A customer's session or token, when sent, marks the sharer's own clicks.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tag page for link previewers */
                200: {
                    headers: {
                        "Cache-Control"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /** @example <!doctype html><html><head><meta property="og:title" content="Linen Shirt">… */
                        "text/html": string;
                    };
                };
                /** @description To the storefront */
                302: {
                    headers: {
                        Location?: string | null;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Unknown code, unpublished product, or a target outside the allowed origins (an HTML page) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /** @example <!doctype html><title>Link not found</title>… */
                        "text/html": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/social/bio/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's link-in-bio page
         * @description A small mobile HTML page (no script) with the account's latest published posts as square cards, each opening the post's own tracked link (`/s/{code}`: the click and the orders count for the post). For profiles whose captions cannot link (Instagram, TikTok): set the account's `bio_handle`, put this URL in the profile. Cached a minute (`Cache-Control`); the ETag changes with the posts shown, and `If-None-Match` with it answers 304.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    "if-none-match"?: string;
                };
                path: {
                    handle: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The page */
                200: {
                    headers: {
                        "Cache-Control"?: string | null;
                        ETag?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /** @example <!doctype html><html lang="en">…<ul><li><a href="https://api.example.com/s/Xq8Ab12CdE">… */
                        "text/html": string;
                    };
                };
                /** @description Not modified (If-None-Match) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No account has this handle (an HTML page) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /** @example <!doctype html><title>Page not found</title>… */
                        "text/html": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/social/cards/{product_id}/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's card image (stable URL)
         * @description `format` is one of og.png, og-light.jpg, square.png, pin.png, story.png, portrait.jpg, photo.jpg (a wrong extension is a 400). A 302 to the immutable URL named by the card's content hash, rendering it first when that content was never rendered.
         */
        get: {
            parameters: {
                query?: {
                    variant_id?: string;
                    currency_code?: string;
                    locale?: string;
                };
                header?: never;
                path: {
                    product_id: string;
                    format: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To /social/cards/i/{hash}.{ext} */
                302: {
                    headers: {
                        Location?: string | null;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `cardRender` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/social/cards/i/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A card's bytes by content hash
         * @description Cached for a year (immutable); ETag is the hash.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The image */
                200: {
                    headers: {
                        "Cache-Control"?: string | null;
                        ETag?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": string;
                        "image/jpeg": string;
                    };
                };
                /** @description Not modified (If-None-Match) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/social/feeds/{channel_id}/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A channel's pull feed
         * @description `file` is `<token>.xml` or `<token>.csv` (the channel's feed format), plus `.gz` for gzip. The token is the channel's secret (see the channel's `feed_url`). ETag and Last-Modified let a platform skip an unchanged feed.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channel_id: string;
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed as the last build published it */
                200: {
                    headers: {
                        ETag?: string | null;
                        "Last-Modified"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /** @example <?xml version="1.0"?><rss xmlns:g="http://base.google.com/ns/1.0" version="2.0"><channel><item><g:id>variant_01</g:id>…</item></channel></rss> */
                        "application/xml": string;
                        /**
                         * @example id,title,description,availability,condition,price,link,image_link,brand
                         *     variant_01,Linen Shirt,…
                         */
                        "text/csv": string;
                        "application/gzip": string;
                    };
                };
                /** @description Not modified */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/social/rss/products.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RSS of new products
         * @description RSS 2.0 of the 50 newest published products, links tagged utm_source=rss.
         */
        get: {
            parameters: {
                query?: {
                    sales_channel_id?: string;
                    currency_code?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RSS 2.0 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /** @example <?xml version="1.0"?><rss version="2.0">…</rss> */
                        "application/rss+xml": string;
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/social/widgets/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The storefront widgets (ES modules)
         * @description `v1.js`: the stable entry, one line re-exporting the current bundle of all widgets (short cache). `<name>.<hash>.js`: a bundle under the hash of its content (`social-widgets`, `social-share`, `social-rating`, `social-reviews`, `social-referral`, `social-rewards`, `social-tracker`), cached for a year (immutable); an unknown hash is a 404. `manifest.json`: the hashed URLs with their SRI hashes. Sent with `Access-Control-Allow-Origin: *` (module scripts load in CORS mode). See docs/storefront.md#widgets.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The module (or the manifest) */
                200: {
                    headers: {
                        "Cache-Control"?: string | null;
                        ETag?: string | null;
                        "Access-Control-Allow-Origin"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /** @example export * from "./social-widgets.4c309cb33819d13f.js" */
                        "text/javascript": string;
                        /**
                         * @example {
                         *       "stable": "/social/widgets/v1.js",
                         *       "files": {
                         *         "social-reviews": {
                         *           "url": "/social/widgets/social-reviews.90eaf1828ac67372.js",
                         *           "integrity": "sha384-…",
                         *           "bytes": 29505,
                         *           "gzip_bytes": 10941
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            stable: string;
                            files: {
                                [key: string]: {
                                    url: string;
                                    integrity: string;
                                    bytes: number;
                                    gzip_bytes: number;
                                };
                            };
                        };
                    };
                };
                /** @description Not modified (If-None-Match) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/social/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "openapi": "3.1.0"
                         *     }
                         */
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/review-requests/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a review link asks about
         * @description The order line's product and the buyer's display name. 401 for a forged or unknown link, 400 when it expired, 422 once used.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "review_request": {
                         *         "item": {
                         *           "product_id": "prod_01JTX3V5Q9",
                         *           "title": "Linen Shirt",
                         *           "image": null
                         *         },
                         *         "author_name": "Ana M.",
                         *         "expires_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            review_request: {
                                item: {
                                    product_id: string;
                                    title: string;
                                    image: string | null;
                                };
                                /** @description the buyer's name as a review shows it (first name, last initial) */
                                author_name: string | null;
                                expires_at: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Duplicate */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Review through a link (no login)
         * @description A verified review of the link's product, as the order's customer, with the same checks and moderation as `POST /store/social/reviews`; JSON, or multipart/form-data with up to 5 files in `photos`. The link works once. `social_consent` (default false) lets the shop quote the review in its own social posts, as on the store review route.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "rating": 5,
                     *       "title": "Great shirt",
                     *       "body": "Fits well and breathes in the heat."
                     *     }
                     */
                    "application/json": {
                        rating: number;
                        title: string;
                        body: string;
                        social_consent?: boolean;
                    };
                    "multipart/form-data": {
                        /** @description 1 to 5 */
                        rating: number | string;
                        title: string;
                        body: string;
                        /** @description the shop may quote the review in its social posts (default false) */
                        social_consent?: boolean | ("true" | "false");
                        /** @description image files (JPEG, PNG, WebP...); re-encoded to JPEG, metadata dropped */
                        photos?: string[];
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "review": {
                         *         "id": "prev_01JTX",
                         *         "product_id": "prod_01JTX3V5Q9",
                         *         "rating": 5,
                         *         "title": "Great shirt",
                         *         "body": "Fits well and breathes in the heat.",
                         *         "author_name": "Ana M.",
                         *         "verified_purchase": true,
                         *         "incentivized": false,
                         *         "helpful_count": 0,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z",
                         *         "media": [],
                         *         "response": null,
                         *         "status": "pending"
                         *       }
                         *     }
                         */
                        "application/json": {
                            review: components["schemas"]["StoreReview"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Duplicate */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `reviewWrite` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/review-requests/{token}/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop review requests
         * @description The link's customer gets no review request again (this order's reminder included). Works after the link was used; idempotent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "unsubscribed": true
                         *     }
                         */
                        "application/json": {
                            /** @constant */
                            unsubscribed: true;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `reviewWrite` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/review-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Review requests
         * @description Newest first, with figures over all requests: how many were sent, reminded, reviewed, unsubscribed, and the conversion rate.
         */
        get: {
            parameters: {
                query?: {
                    status?: "scheduled" | "sent" | "reminded" | "reviewed" | "unsubscribed" | "skipped";
                    order_id?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "review_requests": [
                         *         {
                         *           "id": "rrq_01JTX",
                         *           "order_id": "order_01JTX",
                         *           "customer_id": "cus_01JTX",
                         *           "email": "ana@example.com",
                         *           "country_code": "fr",
                         *           "status": "sent",
                         *           "skip_reason": null,
                         *           "shipped_at": "2026-05-01T10:00:00.000Z",
                         *           "delivered_at": null,
                         *           "due_at": "2026-05-01T10:00:00.000Z",
                         *           "sent_at": "2026-05-01T10:00:00.000Z",
                         *           "reminder_due_at": "2026-05-01T10:00:00.000Z",
                         *           "reminded_at": null,
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "items": [
                         *             {
                         *               "id": "rrqi_01JTX",
                         *               "product_id": "prod_01JTX3V5Q9",
                         *               "title": "Linen Shirt",
                         *               "status": "pending",
                         *               "review_id": null,
                         *               "reviewed_at": null
                         *             }
                         *           ]
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 20,
                         *       "stats": {
                         *         "scheduled": 0,
                         *         "sent": 1,
                         *         "reminded": 0,
                         *         "reviewed": 0,
                         *         "unsubscribed": 0,
                         *         "skipped": 0,
                         *         "conversion_rate": 0
                         *       }
                         *     }
                         */
                        "application/json": {
                            review_requests: {
                                id: string;
                                order_id: string;
                                customer_id: string | null;
                                email: string | null;
                                country_code: string | null;
                                /** @enum {string} */
                                status: "scheduled" | "sent" | "reminded" | "reviewed" | "unsubscribed" | "skipped";
                                skip_reason: string | null;
                                shipped_at: string | null;
                                delivered_at: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                due_at: string;
                                sent_at: string | null;
                                reminder_due_at: string | null;
                                reminded_at: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                items: {
                                    id: string;
                                    product_id: string;
                                    title: string;
                                    /** @enum {string} */
                                    status: "pending" | "reviewed" | "excluded";
                                    review_id: string | null;
                                    reviewed_at: string | null;
                                }[];
                            }[];
                            count: number;
                            offset: number;
                            limit: number;
                            stats: {
                                scheduled: number;
                                sent: number;
                                reminded: number;
                                /** @description requests sent that brought at least one review */
                                reviewed: number;
                                unsubscribed: number;
                                skipped: number;
                                /** @description reviewed / sent, 0 to 1; null before any was sent */
                                conversion_rate: number | null;
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/review-requests/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review request settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "settings": {
                         *         "enabled": true,
                         *         "delay_days": 7,
                         *         "after_delivery_days": 2,
                         *         "country_delays": {
                         *           "au": 14
                         *         },
                         *         "reminder_days": 7
                         *       }
                         *     }
                         */
                        "application/json": {
                            settings: {
                                enabled: boolean;
                                delay_days: number;
                                after_delivery_days: number;
                                country_delays: {
                                    [key: string]: number;
                                };
                                reminder_days: number | null;
                            };
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Change review request settings
         * @description Any of the fields; the others keep their values. `reminder_days: null` sends no reminder.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "enabled": true,
                     *       "country_delays": {
                     *         "au": 14
                     *       }
                     *     }
                     */
                    "application/json": {
                        enabled?: boolean;
                        delay_days?: number;
                        after_delivery_days?: number;
                        country_delays?: {
                            [key: string]: number;
                        };
                        reminder_days?: number | null;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "settings": {
                         *         "enabled": true,
                         *         "delay_days": 7,
                         *         "after_delivery_days": 2,
                         *         "country_delays": {
                         *           "au": 14
                         *         },
                         *         "reminder_days": 7
                         *       }
                         *     }
                         */
                        "application/json": {
                            settings: {
                                enabled: boolean;
                                delay_days: number;
                                after_delivery_days: number;
                                country_delays: {
                                    [key: string]: number;
                                };
                                reminder_days: number | null;
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/products/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's questions
         * @description Approved questions with their approved answers (the shop's first), paged and sorted.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    sort?: "newest" | "most_helpful" | "answered";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "questions": [
                         *         {
                         *           "id": "pques_01JTX",
                         *           "product_id": "prod_01JTX3V5Q9",
                         *           "body": "Can this shirt go in the washing machine?",
                         *           "author_name": "Ana M.",
                         *           "helpful_count": 2,
                         *           "answered_at": "2026-05-01T10:00:00.000Z",
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "answers": [
                         *             {
                         *               "id": "pans_01JTX",
                         *               "body": "Yes, it is machine washable at 30°C.",
                         *               "author_type": "merchant",
                         *               "author_name": null,
                         *               "verified_buyer": false,
                         *               "created_at": "2026-05-01T10:00:00.000Z"
                         *             }
                         *           ]
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 10,
                         *       "sort": "newest"
                         *     }
                         */
                        "application/json": {
                            questions: {
                                id: string;
                                product_id: string;
                                body: string;
                                author_name: string | null;
                                helpful_count: number;
                                answered_at: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                answers: {
                                    id: string;
                                    body: string;
                                    /** @enum {string} */
                                    author_type: "merchant" | "customer";
                                    author_name: string | null;
                                    verified_buyer: boolean;
                                    /**
                                     * Format: date-time
                                     * @example 2026-05-01T10:00:00.000Z
                                     */
                                    created_at: string;
                                    /**
                                     * @description on the author's own answer only
                                     * @enum {string}
                                     */
                                    status?: "pending" | "approved" | "rejected";
                                }[];
                                /**
                                 * @description on the asker's own question only
                                 * @enum {string}
                                 */
                                status?: "pending" | "approved" | "rejected";
                            }[];
                            count: number;
                            offset: number;
                            limit: number;
                            sort: string;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Ask a question
         * @description A logged-in customer, or a guest with an `email` (told of the answer, never shown). Published after moderation.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "body": "Can this shirt go in the washing machine?",
                     *       "email": "ana@example.com",
                     *       "author_name": "Ana"
                     *     }
                     */
                    "application/json": {
                        body: string;
                        /** Format: email */
                        email?: string;
                        author_name?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "question": {
                         *         "id": "pques_01JTX",
                         *         "product_id": "prod_01JTX3V5Q9",
                         *         "body": "Can this shirt go in the washing machine?",
                         *         "author_name": "Ana M.",
                         *         "helpful_count": 0,
                         *         "answered_at": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "answers": [],
                         *         "status": "pending"
                         *       }
                         *     }
                         */
                        "application/json": {
                            question: {
                                id: string;
                                product_id: string;
                                body: string;
                                author_name: string | null;
                                helpful_count: number;
                                answered_at: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                answers: {
                                    id: string;
                                    body: string;
                                    /** @enum {string} */
                                    author_type: "merchant" | "customer";
                                    author_name: string | null;
                                    verified_buyer: boolean;
                                    /**
                                     * Format: date-time
                                     * @example 2026-05-01T10:00:00.000Z
                                     */
                                    created_at: string;
                                    /**
                                     * @description on the author's own answer only
                                     * @enum {string}
                                     */
                                    status?: "pending" | "approved" | "rejected";
                                }[];
                                /**
                                 * @description on the asker's own question only
                                 * @enum {string}
                                 */
                                status?: "pending" | "approved" | "rejected";
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `questionWrite` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/questions/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a question (buyers)
         * @description A customer who bought the product answers an approved question, once; published after moderation.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "body": "Mine has been through the machine ten times."
                     *     }
                     */
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "answer": {
                         *         "id": "pans_01JTX",
                         *         "body": "Yes, it is machine washable at 30°C.",
                         *         "author_type": "customer",
                         *         "author_name": "Bo K.",
                         *         "verified_buyer": true,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "status": "pending"
                         *       }
                         *     }
                         */
                        "application/json": {
                            answer: {
                                id: string;
                                body: string;
                                /** @enum {string} */
                                author_type: "merchant" | "customer";
                                author_name: string | null;
                                verified_buyer: boolean;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                /**
                                 * @description on the author's own answer only
                                 * @enum {string}
                                 */
                                status?: "pending" | "approved" | "rejected";
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Duplicate */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `questionWrite` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/questions/{id}/helpful": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Vote a question helpful
         * @description Once per voter, as review votes: the customer, else the `visitor_id` (and network) of a guest.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "visitor_id": "v_8f3kQ2pL0aZx"
                     *     }
                     */
                    "application/json": {
                        visitor_id?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "created": true,
                         *       "helpful_count": 3
                         *     }
                         */
                        "application/json": {
                            /** @description false when this voter had already voted */
                            created: boolean;
                            helpful_count: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `helpfulVote` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Questions to moderate and answer */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "approved" | "rejected";
                    product_id?: string;
                    pending_answers?: "true" | "false";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "questions": [
                         *         {
                         *           "id": "pques_01JTX",
                         *           "product_id": "prod_01JTX3V5Q9",
                         *           "body": "Can this shirt go in the washing machine?",
                         *           "author_name": "Ana M.",
                         *           "helpful_count": 2,
                         *           "answered_at": "2026-05-01T10:00:00.000Z",
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "answers": [
                         *             {
                         *               "id": "pans_01JTX",
                         *               "body": "Yes, it is machine washable at 30°C.",
                         *               "author_type": "merchant",
                         *               "author_name": null,
                         *               "verified_buyer": false,
                         *               "created_at": "2026-05-01T10:00:00.000Z",
                         *               "customer_id": null,
                         *               "status": "approved"
                         *             }
                         *           ],
                         *           "product": {
                         *             "id": "prod_01JTX3V5Q9",
                         *             "title": "Linen Shirt"
                         *           },
                         *           "customer_id": null,
                         *           "email": "ana@example.com",
                         *           "status": "approved",
                         *           "rejection_reason": null
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 20
                         *     }
                         */
                        "application/json": {
                            questions: {
                                id: string;
                                product_id: string;
                                product: {
                                    id: string;
                                    title: string;
                                } | null;
                                customer_id: string | null;
                                email: string | null;
                                author_name: string | null;
                                body: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                rejection_reason: string | null;
                                helpful_count: number;
                                answered_at: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                answers: {
                                    id: string;
                                    body: string;
                                    /** @enum {string} */
                                    author_type: "merchant" | "customer";
                                    author_name: string | null;
                                    customer_id: string | null;
                                    verified_buyer: boolean;
                                    /** @enum {string} */
                                    status: "pending" | "approved" | "rejected";
                                    /**
                                     * Format: date-time
                                     * @example 2026-05-01T10:00:00.000Z
                                     */
                                    created_at: string;
                                }[];
                            }[];
                            count: number;
                            offset: number;
                            limit: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/questions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a question */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "question": {
                         *         "id": "pques_01JTX",
                         *         "product_id": "prod_01JTX3V5Q9",
                         *         "body": "Can this shirt go in the washing machine?",
                         *         "author_name": "Ana M.",
                         *         "helpful_count": 2,
                         *         "answered_at": "2026-05-01T10:00:00.000Z",
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "answers": [
                         *           {
                         *             "id": "pans_01JTX",
                         *             "body": "Yes, it is machine washable at 30°C.",
                         *             "author_type": "merchant",
                         *             "author_name": null,
                         *             "verified_buyer": false,
                         *             "created_at": "2026-05-01T10:00:00.000Z",
                         *             "customer_id": null,
                         *             "status": "approved"
                         *           }
                         *         ],
                         *         "product": {
                         *           "id": "prod_01JTX3V5Q9",
                         *           "title": "Linen Shirt"
                         *         },
                         *         "customer_id": null,
                         *         "email": "ana@example.com",
                         *         "status": "approved",
                         *         "rejection_reason": null
                         *       },
                         *       "changed": true
                         *     }
                         */
                        "application/json": {
                            question: {
                                id: string;
                                product_id: string;
                                product: {
                                    id: string;
                                    title: string;
                                } | null;
                                customer_id: string | null;
                                email: string | null;
                                author_name: string | null;
                                body: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                rejection_reason: string | null;
                                helpful_count: number;
                                answered_at: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                answers: {
                                    id: string;
                                    body: string;
                                    /** @enum {string} */
                                    author_type: "merchant" | "customer";
                                    author_name: string | null;
                                    customer_id: string | null;
                                    verified_buyer: boolean;
                                    /** @enum {string} */
                                    status: "pending" | "approved" | "rejected";
                                    /**
                                     * Format: date-time
                                     * @example 2026-05-01T10:00:00.000Z
                                     */
                                    created_at: string;
                                }[];
                            };
                            changed: boolean;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/questions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a question */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reason": "spam"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        reason: "spam" | "off_topic" | "offensive_language" | "personal_information" | "duplicate";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "question": {
                         *         "id": "pques_01JTX",
                         *         "product_id": "prod_01JTX3V5Q9",
                         *         "body": "Can this shirt go in the washing machine?",
                         *         "author_name": "Ana M.",
                         *         "helpful_count": 2,
                         *         "answered_at": "2026-05-01T10:00:00.000Z",
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "answers": [
                         *           {
                         *             "id": "pans_01JTX",
                         *             "body": "Yes, it is machine washable at 30°C.",
                         *             "author_type": "merchant",
                         *             "author_name": null,
                         *             "verified_buyer": false,
                         *             "created_at": "2026-05-01T10:00:00.000Z",
                         *             "customer_id": null,
                         *             "status": "approved"
                         *           }
                         *         ],
                         *         "product": {
                         *           "id": "prod_01JTX3V5Q9",
                         *           "title": "Linen Shirt"
                         *         },
                         *         "customer_id": null,
                         *         "email": "ana@example.com",
                         *         "status": "rejected",
                         *         "rejection_reason": "spam"
                         *       },
                         *       "changed": true
                         *     }
                         */
                        "application/json": {
                            question: {
                                id: string;
                                product_id: string;
                                product: {
                                    id: string;
                                    title: string;
                                } | null;
                                customer_id: string | null;
                                email: string | null;
                                author_name: string | null;
                                body: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                rejection_reason: string | null;
                                helpful_count: number;
                                answered_at: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                answers: {
                                    id: string;
                                    body: string;
                                    /** @enum {string} */
                                    author_type: "merchant" | "customer";
                                    author_name: string | null;
                                    customer_id: string | null;
                                    verified_buyer: boolean;
                                    /** @enum {string} */
                                    status: "pending" | "approved" | "rejected";
                                    /**
                                     * Format: date-time
                                     * @example 2026-05-01T10:00:00.000Z
                                     */
                                    created_at: string;
                                }[];
                            };
                            changed: boolean;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/questions/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer as the shop
         * @description Published at once (a pending question with it); the asker is told of the first published answer.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "body": "Yes, it is machine washable at 30°C."
                     *     }
                     */
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "question": {
                         *         "id": "pques_01JTX",
                         *         "product_id": "prod_01JTX3V5Q9",
                         *         "body": "Can this shirt go in the washing machine?",
                         *         "author_name": "Ana M.",
                         *         "helpful_count": 2,
                         *         "answered_at": "2026-05-01T10:00:00.000Z",
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "answers": [
                         *           {
                         *             "id": "pans_01JTX",
                         *             "body": "Yes, it is machine washable at 30°C.",
                         *             "author_type": "merchant",
                         *             "author_name": null,
                         *             "verified_buyer": false,
                         *             "created_at": "2026-05-01T10:00:00.000Z",
                         *             "customer_id": null,
                         *             "status": "approved"
                         *           }
                         *         ],
                         *         "product": {
                         *           "id": "prod_01JTX3V5Q9",
                         *           "title": "Linen Shirt"
                         *         },
                         *         "customer_id": null,
                         *         "email": "ana@example.com",
                         *         "status": "approved",
                         *         "rejection_reason": null
                         *       }
                         *     }
                         */
                        "application/json": {
                            question: {
                                id: string;
                                product_id: string;
                                product: {
                                    id: string;
                                    title: string;
                                } | null;
                                customer_id: string | null;
                                email: string | null;
                                author_name: string | null;
                                body: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                rejection_reason: string | null;
                                helpful_count: number;
                                answered_at: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                answers: {
                                    id: string;
                                    body: string;
                                    /** @enum {string} */
                                    author_type: "merchant" | "customer";
                                    author_name: string | null;
                                    customer_id: string | null;
                                    verified_buyer: boolean;
                                    /** @enum {string} */
                                    status: "pending" | "approved" | "rejected";
                                    /**
                                     * Format: date-time
                                     * @example 2026-05-01T10:00:00.000Z
                                     */
                                    created_at: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/questions/{id}/answers/{answer_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a buyer's answer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    answer_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "question": {
                         *         "id": "pques_01JTX",
                         *         "product_id": "prod_01JTX3V5Q9",
                         *         "body": "Can this shirt go in the washing machine?",
                         *         "author_name": "Ana M.",
                         *         "helpful_count": 2,
                         *         "answered_at": "2026-05-01T10:00:00.000Z",
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "answers": [
                         *           {
                         *             "id": "pans_01JTX",
                         *             "body": "Yes, it is machine washable at 30°C.",
                         *             "author_type": "merchant",
                         *             "author_name": null,
                         *             "verified_buyer": false,
                         *             "created_at": "2026-05-01T10:00:00.000Z",
                         *             "customer_id": null,
                         *             "status": "approved"
                         *           }
                         *         ],
                         *         "product": {
                         *           "id": "prod_01JTX3V5Q9",
                         *           "title": "Linen Shirt"
                         *         },
                         *         "customer_id": null,
                         *         "email": "ana@example.com",
                         *         "status": "approved",
                         *         "rejection_reason": null
                         *       }
                         *     }
                         */
                        "application/json": {
                            question: {
                                id: string;
                                product_id: string;
                                product: {
                                    id: string;
                                    title: string;
                                } | null;
                                customer_id: string | null;
                                email: string | null;
                                author_name: string | null;
                                body: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                rejection_reason: string | null;
                                helpful_count: number;
                                answered_at: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                answers: {
                                    id: string;
                                    body: string;
                                    /** @enum {string} */
                                    author_type: "merchant" | "customer";
                                    author_name: string | null;
                                    customer_id: string | null;
                                    verified_buyer: boolean;
                                    /** @enum {string} */
                                    status: "pending" | "approved" | "rejected";
                                    /**
                                     * Format: date-time
                                     * @example 2026-05-01T10:00:00.000Z
                                     */
                                    created_at: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/questions/{id}/answers/{answer_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a buyer's answer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    answer_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "question": {
                         *         "id": "pques_01JTX",
                         *         "product_id": "prod_01JTX3V5Q9",
                         *         "body": "Can this shirt go in the washing machine?",
                         *         "author_name": "Ana M.",
                         *         "helpful_count": 2,
                         *         "answered_at": "2026-05-01T10:00:00.000Z",
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "answers": [
                         *           {
                         *             "id": "pans_01JTX",
                         *             "body": "Yes, it is machine washable at 30°C.",
                         *             "author_type": "merchant",
                         *             "author_name": null,
                         *             "verified_buyer": false,
                         *             "created_at": "2026-05-01T10:00:00.000Z",
                         *             "customer_id": null,
                         *             "status": "approved"
                         *           }
                         *         ],
                         *         "product": {
                         *           "id": "prod_01JTX3V5Q9",
                         *           "title": "Linen Shirt"
                         *         },
                         *         "customer_id": null,
                         *         "email": "ana@example.com",
                         *         "status": "approved",
                         *         "rejection_reason": null
                         *       }
                         *     }
                         */
                        "application/json": {
                            question: {
                                id: string;
                                product_id: string;
                                product: {
                                    id: string;
                                    title: string;
                                } | null;
                                customer_id: string | null;
                                email: string | null;
                                author_name: string | null;
                                body: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                rejection_reason: string | null;
                                helpful_count: number;
                                answered_at: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                answers: {
                                    id: string;
                                    body: string;
                                    /** @enum {string} */
                                    author_type: "merchant" | "customer";
                                    author_name: string | null;
                                    customer_id: string | null;
                                    verified_buyer: boolean;
                                    /** @enum {string} */
                                    status: "pending" | "approved" | "rejected";
                                    /**
                                     * Format: date-time
                                     * @example 2026-05-01T10:00:00.000Z
                                     */
                                    created_at: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/questions/{id}/ask-buyers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask buyers to answer
         * @description Notifies up to `limit` buyers of the product (shipped orders, verified reviewers; never the asker or a customer who unsubscribed from review requests). A buyer is asked once per question.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "limit": 5
                     *     }
                     */
                    "application/json": {
                        /** @default 5 */
                        limit?: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "asked": 3
                         *     }
                         */
                        "application/json": {
                            /** @description buyers chosen; one already asked about this question is not written to again */
                            asked: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/social/reviews/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a review
         * @description An abuse report on a published review, once per shopper (the logged-in customer, else per network with the `visitor_id` the storefront keeps): 201 when filed, 200 with `created: false` when this shopper had reported it already. It lands in the admin's report queue.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reason": "spam",
                     *       "visitor_id": "v_8f3kQ2pL0aZx"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        reason: "spam" | "offensive" | "off_topic" | "personal_information" | "fake" | "other";
                        comment?: string;
                        visitor_id?: string;
                    };
                };
            };
            responses: {
                /** @description Already reported by this shopper */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "created": false
                         *     }
                         */
                        "application/json": {
                            /** @description false when this shopper had already reported the review */
                            created: boolean;
                        };
                    };
                };
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "created": true
                         *     }
                         */
                        "application/json": {
                            /** @description false when this shopper had already reported the review */
                            created: boolean;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Over the `reviewReport` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done */
                429: {
                    headers: {
                        "Retry-After"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "not_allowed",
                         *       "code": "rate_limit_exceeded",
                         *       "message": "Too many requests: try again in 42 s"
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reviews/{id}/media/{media_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject one photo of a review
         * @description Deletes the photo's file (File module) and removes it from the review; the review keeps its status.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    media_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "review": {
                         *         "id": "prev_01JTX",
                         *         "product_id": "prod_01",
                         *         "customer_id": null,
                         *         "order_id": null,
                         *         "order_line_item_id": null,
                         *         "rating": 4,
                         *         "title": "Soft and warm",
                         *         "body": "Washed it twice, still soft.",
                         *         "author_name": "Jo K.",
                         *         "status": "approved",
                         *         "rejection_reason": null,
                         *         "moderated_at": "2026-05-01T10:00:00.000Z",
                         *         "moderated_by": "import",
                         *         "verified_purchase": false,
                         *         "incentivized": false,
                         *         "incentive_grant_id": null,
                         *         "has_media": false,
                         *         "social_consent": false,
                         *         "helpful_count": 0,
                         *         "source": "judgeme",
                         *         "import_key": "judgeme:h:Xk2p9QeL0aZx8f3kQ2pL0aZx8f3kQ2pL",
                         *         "import_id": "primp_01JTX",
                         *         "media": [],
                         *         "product": {
                         *           "id": "prod_01",
                         *           "title": "Wool Scarf"
                         *         },
                         *         "response": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z",
                         *         "updated_at": "2026-05-01T10:00:00.000Z",
                         *         "deleted_at": null
                         *       }
                         *     }
                         */
                        "application/json": {
                            review: components["schemas"]["AdminReview"];
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reviews/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review imports */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "imports": [
                         *         {
                         *           "id": "primp_01JTX",
                         *           "format": "judgeme",
                         *           "filename": "judgeme-reviews.csv",
                         *           "status": "running",
                         *           "review_status": "approved",
                         *           "photo_hosts": [
                         *             "judgeme.imgix.net"
                         *           ],
                         *           "total_rows": 5000,
                         *           "processed_rows": 2000,
                         *           "created_count": 1990,
                         *           "existing_count": 4,
                         *           "error_count": 6,
                         *           "photo_count": 120,
                         *           "errors": [
                         *             {
                         *               "row": 17,
                         *               "field": "product",
                         *               "message": "no product with the id, handle or SKU \"old-shirt\""
                         *             }
                         *           ],
                         *           "started_at": "2026-05-01T10:00:00.000Z",
                         *           "finished_at": null,
                         *           "created_at": "2026-05-01T10:00:00.000Z"
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 20
                         *     }
                         */
                        "application/json": {
                            imports: {
                                id: string;
                                /** @enum {string} */
                                format: "judgeme" | "yotpo" | "generic";
                                filename: string | null;
                                /** @enum {string} */
                                status: "pending" | "running" | "completed" | "failed";
                                /** @enum {string} */
                                review_status: "approved" | "pending";
                                photo_hosts: string[];
                                total_rows: number;
                                processed_rows: number;
                                created_count: number;
                                /** @description rows already imported (same import key): skipped */
                                existing_count: number;
                                /** @description rows not imported (see errors) */
                                error_count: number;
                                photo_count: number;
                                /** @description the first 1000 row errors; photo failures are listed too (their review is imported without the photo) */
                                errors: {
                                    row: number;
                                    field: string;
                                    message: string;
                                }[];
                                started_at: string | null;
                                finished_at: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                            }[];
                            count: number;
                            offset: number;
                            limit: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Import reviews from a CSV
         * @description multipart/form-data: `file` (Judge.me's or Yotpo's export, or the generic format: see docs/reviews.md) and the fields below. `dry_run=true` reads and matches every row and answers each row's errors, writing nothing (200). Otherwise the file is checked as CSV and the import runs in the background (202): follow it with GET /imports/{id}. A file over 25 MB is refused from its Content-Length before it is read. Re-importing a file creates nothing twice.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "file": "(the CSV file)",
                     *       "format": "judgeme",
                     *       "dry_run": "true"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @default auto
                         * @enum {string}
                         */
                        format?: "auto" | "judgeme" | "yotpo" | "generic";
                        /**
                         * @default false
                         * @enum {string}
                         */
                        dry_run?: "true" | "false";
                        /**
                         * @default approved
                         * @enum {string}
                         */
                        review_status?: "approved" | "pending";
                        photo_hosts?: string;
                        /**
                         * Format: binary
                         * @description the CSV (at most 25 MB)
                         */
                        file: string;
                    };
                    "multipart/form-data": {
                        /**
                         * @default auto
                         * @enum {string}
                         */
                        format?: "auto" | "judgeme" | "yotpo" | "generic";
                        /**
                         * @default false
                         * @enum {string}
                         */
                        dry_run?: "true" | "false";
                        /**
                         * @default approved
                         * @enum {string}
                         */
                        review_status?: "approved" | "pending";
                        photo_hosts?: string;
                        /**
                         * Format: binary
                         * @description the CSV (at most 25 MB)
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Dry run */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "dry_run": {
                         *         "format": "yotpo",
                         *         "total_rows": 3,
                         *         "valid_rows": 2,
                         *         "would_create": 2,
                         *         "existing_count": 0,
                         *         "error_count": 1,
                         *         "errors": [
                         *           {
                         *             "row": 2,
                         *             "field": "rating",
                         *             "message": "must be a whole number from 1 to 5 (got \"7\")"
                         *           }
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": {
                            dry_run: {
                                /** @enum {string} */
                                format: "judgeme" | "yotpo" | "generic";
                                total_rows: number;
                                valid_rows: number;
                                would_create: number;
                                existing_count: number;
                                error_count: number;
                                errors: {
                                    row: number;
                                    field: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Started */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "import": {
                         *         "id": "primp_01JTX",
                         *         "format": "judgeme",
                         *         "filename": "judgeme-reviews.csv",
                         *         "status": "pending",
                         *         "review_status": "approved",
                         *         "photo_hosts": [
                         *           "judgeme.imgix.net"
                         *         ],
                         *         "total_rows": 5000,
                         *         "processed_rows": 0,
                         *         "created_count": 0,
                         *         "existing_count": 0,
                         *         "error_count": 0,
                         *         "photo_count": 0,
                         *         "errors": [],
                         *         "started_at": null,
                         *         "finished_at": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            import: {
                                id: string;
                                /** @enum {string} */
                                format: "judgeme" | "yotpo" | "generic";
                                filename: string | null;
                                /** @enum {string} */
                                status: "pending" | "running" | "completed" | "failed";
                                /** @enum {string} */
                                review_status: "approved" | "pending";
                                photo_hosts: string[];
                                total_rows: number;
                                processed_rows: number;
                                created_count: number;
                                /** @description rows already imported (same import key): skipped */
                                existing_count: number;
                                /** @description rows not imported (see errors) */
                                error_count: number;
                                photo_count: number;
                                /** @description the first 1000 row errors; photo failures are listed too (their review is imported without the photo) */
                                errors: {
                                    row: number;
                                    field: string;
                                    message: string;
                                }[];
                                started_at: string | null;
                                finished_at: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reviews/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import and its progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "import": {
                         *         "id": "primp_01JTX",
                         *         "format": "judgeme",
                         *         "filename": "judgeme-reviews.csv",
                         *         "status": "running",
                         *         "review_status": "approved",
                         *         "photo_hosts": [
                         *           "judgeme.imgix.net"
                         *         ],
                         *         "total_rows": 5000,
                         *         "processed_rows": 2000,
                         *         "created_count": 1990,
                         *         "existing_count": 4,
                         *         "error_count": 6,
                         *         "photo_count": 120,
                         *         "errors": [
                         *           {
                         *             "row": 17,
                         *             "field": "product",
                         *             "message": "no product with the id, handle or SKU \"old-shirt\""
                         *           }
                         *         ],
                         *         "started_at": "2026-05-01T10:00:00.000Z",
                         *         "finished_at": null,
                         *         "created_at": "2026-05-01T10:00:00.000Z"
                         *       }
                         *     }
                         */
                        "application/json": {
                            import: {
                                id: string;
                                /** @enum {string} */
                                format: "judgeme" | "yotpo" | "generic";
                                filename: string | null;
                                /** @enum {string} */
                                status: "pending" | "running" | "completed" | "failed";
                                /** @enum {string} */
                                review_status: "approved" | "pending";
                                photo_hosts: string[];
                                total_rows: number;
                                processed_rows: number;
                                created_count: number;
                                /** @description rows already imported (same import key): skipped */
                                existing_count: number;
                                /** @description rows not imported (see errors) */
                                error_count: number;
                                photo_count: number;
                                /** @description the first 1000 row errors; photo failures are listed too (their review is imported without the photo) */
                                errors: {
                                    row: number;
                                    field: string;
                                    message: string;
                                }[];
                                started_at: string | null;
                                finished_at: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reviews/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every review (CSV)
         * @description Streamed CSV in the generic import format, columns: import_key, product_id, product_handle, sku, rating, title, body, author_name, author_email, created_at, photo_urls, reply, published, source, status, verified_purchase, incentivized, helpful_count. Importing it back creates nothing twice.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The CSV */
                200: {
                    headers: {
                        "Content-Disposition"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example import_key,product_id,product_handle,sku,rating,title,body,author_name,author_email,created_at,photo_urls,reply,published,source,status,verified_purchase,incentivized,helpful_count
                         *     review:prev_01JTX,prod_01,linen-shirt,,5,Great,Fits well.,Ada L.,,2026-05-01T10:00:00.000Z,,,true,store,approved,true,false,2
                         */
                        "text/csv": string;
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reviews/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The abuse-report queue */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "resolved";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "reports": [
                         *         {
                         *           "id": "prrep_01JTX",
                         *           "review_id": "prev_01JTX",
                         *           "reason": "spam",
                         *           "comment": null,
                         *           "customer_id": null,
                         *           "resolved_at": null,
                         *           "resolution": null,
                         *           "created_at": "2026-05-01T10:00:00.000Z",
                         *           "review": {
                         *             "id": "prev_01JTX",
                         *             "product_id": "prod_01",
                         *             "rating": 5,
                         *             "title": "Buy now",
                         *             "body": "Visit my site",
                         *             "author_name": "Bob S.",
                         *             "status": "approved",
                         *             "open_reports": 3
                         *           }
                         *         }
                         *       ],
                         *       "count": 1,
                         *       "offset": 0,
                         *       "limit": 20
                         *     }
                         */
                        "application/json": {
                            reports: {
                                id: string;
                                review_id: string;
                                reason: string;
                                comment: string | null;
                                customer_id: string | null;
                                resolved_at: string | null;
                                resolution: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T10:00:00.000Z
                                 */
                                created_at: string;
                                review: {
                                    id: string;
                                    product_id: string;
                                    rating: number;
                                    title: string;
                                    body: string;
                                    author_name: string | null;
                                    status: string;
                                    open_reports: number;
                                } | null;
                            }[];
                            count: number;
                            offset: number;
                            limit: number;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reviews/reports/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss a report
         * @description Closes it; the review stays published. Rejecting the review closes all its reports.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "prrep_01JTX",
                         *       "dismissed": true
                         *     }
                         */
                        "application/json": {
                            id: string;
                            dismissed: boolean;
                        };
                    };
                };
                /** @description Invalid request: the message names the field ('Invalid request: <field>: <problem>') */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/social/reviews/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Google product ratings feed's URL */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "feed": {
                         *         "path": "/social/feeds/reviews/3kQ2pL0aZx8f3kQ2pL0aZx8f3kQ2pL0a.xml",
                         *         "url": "https://api.shop.example.com/social/feeds/reviews/3kQ2pL0aZx8f3kQ2pL0aZx8f3kQ2pL0a.xml"
                         *       }
                         *     }
                         */
                        "application/json": {
                            feed: {
                                path: string;
                                url: string | null;
                            };
                        };
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/social/feeds/reviews/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Google product ratings feed
         * @description Google's product reviews feed (schema 2.4): every approved review, low ratings included, with reviewer name as shown, photos, is_verified_purchase, is_incentivized_review (from the reward ledger) and the product identifiers the Google catalog channel sends. `{file}` is `<token>.xml` (token from GET /admin/social/reviews/feed). Streamed; ETag and If-None-Match (304).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed */
                200: {
                    headers: {
                        ETag?: string | null;
                        "Cache-Control"?: string | null;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example <?xml version="1.0" encoding="UTF-8"?>
                         *     <feed …><version>2.4</version>…</feed>
                         */
                        "application/xml": string;
                    };
                };
                /** @description Not modified (If-None-Match) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ProductMeta: {
            title: string;
            description: string;
            canonical_url: string;
            tags: ({
                property: string;
                content: string;
            } | {
                name: string;
                content: string;
            })[];
            json_ld: {
                [key: string]: unknown;
            };
        };
        AdminSocialPostMetrics: {
            /** @description from the platform's insights (null until polled, or where the network is not read); a null figure is one the platform does not tell */
            platform: {
                impressions: number | null;
                reactions: number | null;
                comments: number | null;
                shares: number | null;
                link_clicks: number | null;
            } | null;
            platform_fetched_at: string | null;
            link: {
                clicks: number;
                bot_clicks: number;
                distinct_visitors: number;
            } | null;
            orders: {
                currency_code: string;
                orders: number;
                revenue: number;
            }[];
        };
        /**
         * @example {
         *       "type": "invalid_data",
         *       "message": "Invalid request: rating: must be a whole number from 1 to 5"
         *     }
         */
        Error: {
            /** @description invalid_data, not_allowed, not_found, duplicate_error, conflict, unknown_error... (a 401 from the auth middleware has none) */
            type?: string;
            message: string;
            code?: string;
        };
        ShareBundle: {
            product_id: string;
            /** @description the sharer when a customer is logged in */
            customer_id: string | null;
            text: string;
            links: {
                network: string;
                code: string;
                /** @description the tracked short link (/s/:code) */
                url: string;
                /** @description the network's share intent; null for networks without one (Instagram, TikTok) */
                intent_url: string | null;
            }[];
            web_share: {
                title: string;
                text: string;
                url: string;
                code: string;
                image_url: string;
                image: {
                    url: string;
                    width: number;
                    height: number;
                    type: string;
                };
            };
            /** @description card image per format: og, og-light, square, pin, story, portrait, photo */
            cards: {
                [key: string]: {
                    url: string;
                    width: number;
                    height: number;
                    type: string;
                };
            };
            meta: components["schemas"]["ProductMeta"];
        };
        StoreReview: {
            id: string;
            product_id: string;
            rating: number;
            title: string;
            body: string;
            author_name: string | null;
            verified_purchase: boolean;
            /** @description a reward was granted for this review (shown with it) */
            incentivized: boolean;
            helpful_count: number;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            updated_at: string;
            media: {
                url: string;
                width: number;
                height: number;
                mime_type: string;
            }[];
            response: {
                body: string;
                /**
                 * Format: date-time
                 * @example 2026-05-01T10:00:00.000Z
                 */
                created_at: string;
                /**
                 * Format: date-time
                 * @example 2026-05-01T10:00:00.000Z
                 */
                updated_at: string;
            } | null;
            /**
             * @description on the author's own review only
             * @enum {string}
             */
            status?: "pending" | "approved" | "rejected";
            /** @description on the author's own review only: the shop may quote it in its social posts */
            social_consent?: boolean;
        };
        ReviewStats: {
            count: number;
            average: number | null;
            distribution: {
                1: number;
                2: number;
                3: number;
                4: number;
                5: number;
            };
            verified_count: number;
            photo_count: number;
        };
        AdminSocialSettings: {
            storefront_url: string;
            product_url_template: string;
            allowed_redirect_origins: string[];
            brand_name: string;
            brand_colors: {
                primary: string;
                accent: string;
                background: string;
                text: string;
            };
            logo_file_id: string | null;
            logo_url: string | null;
            enabled_networks: string[];
            features: {
                [key: string]: boolean;
            };
            review_auto_approve: boolean;
            review_allow_unverified: boolean;
            inbox_alert_words: string[];
            inbox_unanswered_hours: number;
            updated_at: string | null;
        };
        AdminChannel: {
            id: string;
            name: string;
            destination: string;
            mode: string;
            enabled: boolean;
            sales_channel_id: string | null;
            region_id: string | null;
            currency_code: string;
            language: string;
            country: string;
            prices_include_tax: boolean;
            filters: {
                [key: string]: unknown;
            } | null;
            field_mapping: {
                [key: string]: unknown;
            } | null;
            feed_format: string;
            /** @description the last published feed: file, etag, built_at, bytes */
            feed: {
                [key: string]: unknown;
            } | null;
            feed_status: string | null;
            feed_error: string | null;
            last_full_sync_at: string | null;
            /** @description which credentials are stored; their values are never returned */
            credentials_set: {
                [key: string]: true;
            };
            feed_url: string;
            feed_url_gz: string;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            updated_at: string;
            deleted_at: string | null;
        };
        AdminCatalogRun: {
            id: string;
            channel_id: string;
            /** @enum {string} */
            kind: "full" | "delta";
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            stage: string | null;
            force: boolean;
            total: number;
            done: number;
            results: {
                [key: string]: unknown;
            } | null;
            error: string | null;
            /** @description the daily full run also compares the platform's list with the snapshot */
            reconcile: boolean;
            /** @description the worker running it; another takes the run over once lease_expires_at has passed */
            lease_owner: string | null;
            lease_expires_at: string | null;
            started_at: string | null;
            finished_at: string | null;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            updated_at: string;
            deleted_at: string | null;
        };
        AdminCatalogItem: {
            id: string;
            variant_id: string;
            product_id: string;
            /** @description the title last built for the platform */
            title: string | null;
            status: string;
            failing: boolean;
            error_code: string | null;
            /** @description the platform's or the validator's errors */
            errors: unknown;
            warnings: unknown;
            attempts: number;
            next_attempt_at: string | null;
            sent_at: string | null;
            to_delete: boolean;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            updated_at: string;
        };
        AdminReview: {
            id: string;
            product_id: string;
            /** @description null for an imported review whose author is not a customer here */
            customer_id: string | null;
            order_id: string | null;
            order_line_item_id: string | null;
            rating: number;
            title: string;
            body: string;
            author_name: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            rejection_reason: string | null;
            moderated_at: string | null;
            moderated_by: string | null;
            verified_purchase: boolean;
            incentivized: boolean;
            incentive_grant_id: string | null;
            has_media: boolean;
            /** @description the reviewer lets the shop quote the review in its social posts */
            social_consent: boolean;
            helpful_count: number;
            /** @description store (written here), judgeme, yotpo or import (the generic CSV) */
            source: string;
            import_key: string | null;
            import_id: string | null;
            media: ({
                id: string;
                url: string;
            } & {
                [key: string]: unknown;
            })[];
            product: {
                id: string;
                title: string | null;
            };
            response: ({
                id: string;
                body: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            updated_at: string;
            deleted_at: string | null;
        };
        AdminRewardRule: {
            id: string;
            name: string;
            description: string | null;
            status: string;
            version: number;
            trigger: string;
            trigger_config: {
                visitors?: number;
                within_hours?: number;
                max_devices_per_network?: number;
                min_page_load_ratio?: number;
                verified_purchase_only?: boolean;
                product_ids?: string[];
            };
            reward: {
                type: string;
                value?: number;
                currency_code?: string;
                expires_in_days: number;
                cost_estimate?: number;
            };
            caps: {
                period: string;
                max_count: number | null;
                max_value: number | null;
                budget: number | null;
            };
            min_order_value: number | null;
            hold_hours: number;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            updated_at: string;
        };
        AdminRewardGrant: {
            id: string;
            status: string;
            status_reason: string | null;
            customer_id: string;
            rule_id: string;
            rule_version: number;
            rule_snapshot: {
                [key: string]: unknown;
            };
            source_type: string;
            source_id: string;
            order_id: string | null;
            value: number;
            currency_code: string | null;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            hold_until: string;
            promotion_id: string | null;
            code: string | null;
            expires_at: string | null;
            issued_at: string | null;
            revoked_at: string | null;
            clawback_value: number | null;
            signals: unknown;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            created_at: string;
        };
        AdminReferral: {
            id: string;
            code: string;
            status: string;
            referrer_customer_id: string;
            friend_customer_id: string;
            signals: unknown[];
            score: number | null;
            order_id: string | null;
            review_note: string | null;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            created_at: string;
        };
        AdminShareLink: {
            id: string;
            code: string;
            url: string;
            product_id: string;
            customer_id: string | null;
            network: string;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            created_at: string;
            clicks: number;
            bot_clicks: number;
            self_clicks: number;
            distinct_visitors: number;
            orders: number;
            /** @description attributed revenue per currency code */
            revenue: {
                [key: string]: number;
            };
            /** @description With `fields=+product.title` (and `handle`, `thumbnail`): the product, through the share-link/product link */
            product?: {
                id?: string;
                title?: string;
                handle?: string;
                thumbnail?: string | null;
            } | null;
            /** @description With `fields=+customer.email` (and the names): the sharer, through the share-link/customer link; null for anonymous shares */
            customer?: {
                id?: string;
                email?: string;
                first_name?: string | null;
                last_name?: string | null;
            } | null;
        };
        AdminSocialAccount: {
            id: string;
            /** @enum {string} */
            network: "facebook" | "instagram" | "pinterest" | "x" | "linkedin" | "tiktok";
            name: string;
            external_id: string;
            board_id: string | null;
            credentials_set: {
                [key: string]: true;
            };
            /** @enum {string} */
            status: "unchecked" | "connected" | "refused";
            status_message: string | null;
            checked_at: string | null;
            time_zone: string;
            monthly_post_budget: number | null;
            /** @description the public link-in-bio page: /social/bio/{bio_handle} */
            bio_handle: string | null;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            updated_at: string;
        };
        AdminSocialPost: {
            id: string;
            account_id: string;
            /** @enum {string} */
            status: "draft" | "scheduled" | "publishing" | "published" | "failed" | "held";
            product_id: string | null;
            variant_id: string | null;
            link_url: string | null;
            template: string | null;
            text: string;
            title: string | null;
            media: string;
            locale: string;
            currency_code: string;
            country_code: string | null;
            scheduled_at: string | null;
            time_zone: string;
            share_code: string | null;
            share_url: string | null;
            platform_post_id: string | null;
            permalink: string | null;
            error_message: string | null;
            attempts: number;
            published_at: string | null;
            origin: string;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            updated_at: string;
            /** @description with `fields=+metrics` on the list */
            metrics?: components["schemas"]["AdminSocialPostMetrics"];
        };
        AdminInboxItem: {
            id: string;
            account_id?: string;
            /** @enum {string} */
            network?: "facebook" | "instagram" | "x" | "linkedin";
            /** @description The shop's post it answers (null: a mention elsewhere, or a post made outside the plugin). */
            post_id?: string | null;
            product_id?: string | null;
            platform_comment_id?: string;
            platform_post_id?: string | null;
            /** @description The comment it answers, for a reply in a thread. */
            platform_parent_id?: string | null;
            /** @enum {string} */
            kind?: "comment" | "reply" | "mention";
            author_name?: string | null;
            author_handle?: string | null;
            text?: string;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            commented_at?: string;
            /** @enum {string} */
            status?: "open" | "done" | "hidden";
            replied_at?: string | null;
            /** @description The platform's id of the shop's public answer. */
            reply_id?: string | null;
            reply_text?: string | null;
            /** @description When the answer was sent; set without `reply_id`, the platform's answer was lost and the reply may be on the platform (send again only with `resend`). */
            reply_started_at?: string | null;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @example 2026-05-01T10:00:00.000Z
             */
            updated_at?: string;
            product?: {
                id?: string;
                title?: string;
                handle?: string;
                thumbnail?: string | null;
            } | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
