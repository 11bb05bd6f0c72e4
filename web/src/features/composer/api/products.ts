import {
  productListResponseSchema,
  productResponseSchema,
  type Product,
  type ProductCreatePayload,
} from '@composer/shared/schemas/product';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { qontoPath, useOrganizationId } from '../../../lib/organization-scope.ts';

/** Qonto's list has no text search: the catalogue is read once (100 per page, Qonto's maximum) and searched here. */
const maxPages = 50;

export const productCatalogueQuery = (organizationId: string) =>
  queryOptions({
    queryKey: ['products', 'catalogue'],
    queryFn: async ({ signal }) => {
      const products: Product[] = [];
      for (let page = 1; page <= maxPages; page += 1) {
        const answer = await apiRequest(qontoPath(organizationId, `/v2/products?per_page=100&page=${page}&sort_by=title:asc`), {
          schema: productListResponseSchema,
          signal,
        });
        products.push(...answer.products);
        if (!answer.meta.next_page) break;
      }
      return products;
    },
    staleTime: 5 * 60_000,
    retry: false,
  });

/** Only the line being typed in subscribes: 300 lines do not all re-render when the catalogue arrives. */
export function useProductCatalogue(wanted: boolean) {
  const organizationId = useOrganizationId();
  return useQuery({ ...productCatalogueQuery(organizationId), enabled: wanted, subscribed: wanted });
}

export function useCreateProduct() {
  const organizationId = useOrganizationId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (payload: ProductCreatePayload) =>
      apiRequest(qontoPath(organizationId, '/v2/products'), { method: 'POST', json: payload, schema: productResponseSchema }).then(
        (body) => body.product,
      ),
    onSuccess: (product) => {
      queryClient.setQueryData(productCatalogueQuery(organizationId).queryKey, (products: Product[] | undefined) =>
        products ? [...products, product].sort((a, b) => a.title.localeCompare(b.title)) : products,
      );
    },
  });
}
